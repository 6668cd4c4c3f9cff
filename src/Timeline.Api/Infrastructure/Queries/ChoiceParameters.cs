using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Timeline.Api.Infrastructure.Queries;

/// <summary>One value out of a fixed set of lowercase wire names (case-insensitive on input).</summary>
public sealed class ChoiceParameter<T>(string name, string description, IReadOnlyDictionary<string, T> choices, T defaultValue, string? defaultName = null)
    : QueryParameter<T>(name, description, defaultValue)
{
    public override string? TryParse(IReadOnlyList<string> values, out T value) =>
        choices.TryGetValue(values[0].Trim(), out value!) ? null : $"Must be one of: {string.Join(", ", choices.Keys)}.";

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.String,
        Enum = choices.Keys.Select(k => (JsonNode)JsonValue.Create(k)).ToList(),
        Default = defaultName is null ? null : JsonValue.Create(defaultName),
    };
}

/// <summary>Any number of values from a fixed set, comma-separated (or repeated); the result has no duplicates.</summary>
public sealed class ChoiceListParameter(string name, string description, IReadOnlyList<string> choices, string? example = null)
    : QueryParameter<IReadOnlyList<string>>(name, description, [])
{
    private readonly HashSet<string> known = new(choices, StringComparer.OrdinalIgnoreCase);

    public override int MaxRepeats => choices.Count;

    public override bool Explode => false;

    public override JsonNode? Example => example is null ? null : new JsonArray(example.Split(',').Select(v => (JsonNode)JsonValue.Create(v)).ToArray());

    public override string? TryParse(IReadOnlyList<string> values, out IReadOnlyList<string> value)
    {
        value = [];
        var given = values.SelectMany(v => v.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)).ToList();
        var unknown = given.Where(v => !known.Contains(v)).Take(5).ToList();
        if (given.Count == 0 || unknown.Count > 0 || given.Count > 4 * choices.Count)
        {
            var what = unknown.Count > 0 ? $"Unknown value '{Describe(unknown)}'; use" : "Give one or more of";
            return $"{what} {string.Join(", ", choices)} (comma-separated).";
        }

        value = given.Select(v => v.ToLowerInvariant()).Distinct().ToList();
        return null;
    }

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Array,
        UniqueItems = true,
        Items = new OpenApiSchema { Type = JsonSchemaType.String, Enum = choices.Select(k => (JsonNode)JsonValue.Create(k)).ToList() },
    };

    private static string Describe(IEnumerable<string> unknown)
    {
        var text = string.Join(",", unknown);
        text = new string(text.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return text.Length <= 60 ? text : text[..60] + "…";
    }
}
