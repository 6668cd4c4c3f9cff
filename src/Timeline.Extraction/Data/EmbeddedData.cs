using System.Reflection;
using System.Text.Json;

namespace Timeline.Extraction.Data;

/// <summary>Reads the JSON data files compiled into this assembly (see the EmbeddedResource lines of the project).</summary>
internal static class EmbeddedData
{
    private const string Prefix = "Timeline.Extraction.Data.";

    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        ReadCommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    private static Assembly Assembly => typeof(EmbeddedData).Assembly;

    public static T Load<T>(string name)
    {
        using var stream = Assembly.GetManifestResourceStream(Prefix + name)
            ?? throw new InvalidOperationException($"Embedded data file {name} is missing.");
        return JsonSerializer.Deserialize<T>(stream, Options)
            ?? throw new InvalidOperationException($"Embedded data file {name} is empty.");
    }

    /// <summary>Every data file whose name starts with <paramref name="namePrefix"/>, in name order.</summary>
    public static IEnumerable<T> LoadAll<T>(string namePrefix) =>
        Assembly.GetManifestResourceNames()
            .Where(n => n.StartsWith(Prefix + namePrefix, StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(n => Load<T>(n[Prefix.Length..]));
}
