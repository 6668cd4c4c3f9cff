using System.Text.Json;

namespace Timeline.Extraction.Dates;

/// <summary>
/// A widely known dated event (a summit, an inauguration) from Data/reference-events.json. A sentence refers to it
/// when, for every pattern group, one of the group's phrases occurs as whole words, and no exclude group matches.
/// </summary>
internal sealed record ReferenceEvent(string Id, DateOnly Start, DateOnly End, IReadOnlyList<string[]> Patterns, IReadOnlyList<string[]> Excludes)
{
    public static IReadOnlyList<ReferenceEvent> All { get; } = Load();

    public bool IsMentionedIn(string lowerText) =>
        Patterns.All(group => group.Any(phrase => ContainsWords(lowerText, phrase)))
        && !Excludes.Any(group => group.Any(phrase => ContainsWords(lowerText, phrase)));

    /// <summary>A necessary condition for <see cref="IsMentionedIn"/>: every pattern group has a phrase somewhere in the text.</summary>
    public bool MayBeMentionedIn(string lowerText) =>
        Patterns.All(group => group.Any(phrase => lowerText.Contains(phrase, StringComparison.Ordinal)));

    public static bool ContainsWords(string text, string phrase)
    {
        for (var at = text.IndexOf(phrase, StringComparison.Ordinal); at >= 0; at = text.IndexOf(phrase, at + 1, StringComparison.Ordinal))
        {
            var end = at + phrase.Length;
            if ((at == 0 || !char.IsLetterOrDigit(text[at - 1])) && (end == text.Length || !char.IsLetterOrDigit(text[end])))
            {
                return true;
            }
        }

        return false;
    }

    private static List<ReferenceEvent> Load()
    {
        using var stream = typeof(ReferenceEvent).Assembly.GetManifestResourceStream("Timeline.Extraction.Data.reference-events.json")
            ?? throw new InvalidOperationException("Embedded resource Data/reference-events.json is missing.");
        var file = JsonSerializer.Deserialize<ReferenceFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("Data/reference-events.json is empty.");
        return file.Events
            .Select(e => new ReferenceEvent(e.Id, DateOnly.Parse(e.Start, System.Globalization.CultureInfo.InvariantCulture), DateOnly.Parse(e.End, System.Globalization.CultureInfo.InvariantCulture), e.Patterns, e.Excludes ?? []))
            .ToList();
    }

    private sealed record ReferenceFile(ReferenceEntry[] Events);

    private sealed record ReferenceEntry(string Id, string Start, string End, string[][] Patterns, string[][]? Excludes);
}
