using System.Buffers;
using System.Text.Json;

namespace Timeline.Extraction.Cleaning;

/// <summary>The word lists of Data/furniture.json: what page furniture and photo captions look like.</summary>
internal sealed record FurnitureRules(
    HashSet<string> NavigationLines,
    IReadOnlyList<string> LinePrefixes,
    IReadOnlyList<string> ShortLineContains,
    int ShortLineMaxWords,
    IReadOnlyList<string> CaptionPrefixes,
    IReadOnlyList<string> CaptionContains,
    HashSet<string> Agencies)
{
    public static FurnitureRules Instance { get; } = Load();

    /// <summary><see cref="ShortLineContains"/> as one multi-phrase searcher: a single pass over a line finds any of them.</summary>
    public SearchValues<string> ShortLineSearch { get; } = SearchValues.Create([.. ShortLineContains], StringComparison.Ordinal);

    /// <summary><see cref="CaptionContains"/> as one multi-phrase searcher.</summary>
    public SearchValues<string> CaptionSearch { get; } = SearchValues.Create([.. CaptionContains], StringComparison.Ordinal);

    private static FurnitureRules Load()
    {
        using var stream = typeof(FurnitureRules).Assembly.GetManifestResourceStream("Timeline.Extraction.Data.furniture.json")
            ?? throw new InvalidOperationException("Embedded resource Data/furniture.json is missing.");
        var file = JsonSerializer.Deserialize<FurnitureFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("Data/furniture.json is empty.");
        return new FurnitureRules(
            new HashSet<string>(file.NavigationLines, StringComparer.OrdinalIgnoreCase),
            file.LinePrefixes,
            file.ShortLineContains,
            file.ShortLineMaxWords,
            file.CaptionPrefixes,
            file.CaptionContains,
            new HashSet<string>(file.Agencies, StringComparer.OrdinalIgnoreCase));
    }

    private sealed record FurnitureFile(
        string[] NavigationLines,
        string[] LinePrefixes,
        string[] ShortLineContains,
        int ShortLineMaxWords,
        string[] CaptionPrefixes,
        string[] CaptionContains,
        string[] Agencies);
}
