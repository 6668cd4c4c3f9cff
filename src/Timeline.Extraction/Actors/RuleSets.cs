namespace Timeline.Extraction.Actors;

/// <summary>The word lists of rules.json as lowercase lookup sets.</summary>
internal sealed class RuleSets(ResolutionRules rules)
{
    public IReadOnlySet<string> PronounSurnames { get; } = Set(rules.PronounSurnames);

    public IReadOnlySet<string> CalendarWords { get; } = Set(rules.CalendarWords);

    public IReadOnlySet<string> LocativeWords { get; } = Set(rules.LocativeWords);

    /// <summary>Words that make a capitalized run an institution, not a person's name ("Central Committee").</summary>
    public IReadOnlySet<string> NonNameWords { get; } = Set(rules.NonNameWords);

    public IReadOnlySet<string> TitleConnectors { get; } = Set(rules.TitleConnectors);

    private static HashSet<string> Set(IEnumerable<string> words) =>
        words.Select(w => w.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);
}
