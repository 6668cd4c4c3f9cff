namespace Timeline.Extraction.Events.Lexicon;

/// <summary>Data/event-lexicon.json as written.</summary>
internal sealed record LexiconFile(
    IReadOnlyList<KindRecord> Kinds,
    IReadOnlyDictionary<string, string[]> IrregularVerbs,
    IReadOnlyDictionary<string, string[]>? ExtraVerbForms,
    IReadOnlyList<string> InvariantNouns,
    IReadOnlyList<string>? VerbLikeNouns);

internal sealed record KindRecord(
    string Name,
    string Type,
    string? Cameo,
    string Shape,
    bool Measure,
    bool LeadOnly,
    bool RequiresSentence,
    string Title,
    IReadOnlyList<string>? Verbs,
    IReadOnlyList<string>? Nouns,
    IReadOnlyList<string>? Phrases,
    IReadOnlyList<string>? Excludes,
    IReadOnlyList<string>? Requires,
    IReadOnlyList<string>? SupportVerbs);
