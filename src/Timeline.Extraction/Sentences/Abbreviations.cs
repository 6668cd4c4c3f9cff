using System.Text.Json;

namespace Timeline.Extraction.Sentences;

/// <summary>Data/abbreviations.json: words whose trailing period does not end a sentence.</summary>
internal sealed record Abbreviations(HashSet<string> Always, HashSet<string> BeforeNumberOnly)
{
    public static Abbreviations Instance { get; } = Load();

    private static Abbreviations Load()
    {
        using var stream = typeof(Abbreviations).Assembly.GetManifestResourceStream("Timeline.Extraction.Data.abbreviations.json")
            ?? throw new InvalidOperationException("Embedded resource Data/abbreviations.json is missing.");
        var file = JsonSerializer.Deserialize<AbbreviationFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("Data/abbreviations.json is empty.");
        var numberOnly = new HashSet<string>(file.BeforeNumberOnly, StringComparer.OrdinalIgnoreCase);
        return new Abbreviations(new HashSet<string>(file.Abbreviations.Where(a => !numberOnly.Contains(a)), StringComparer.OrdinalIgnoreCase), numberOnly);
    }

    private sealed record AbbreviationFile(string[] Abbreviations, string[] BeforeNumberOnly);
}
