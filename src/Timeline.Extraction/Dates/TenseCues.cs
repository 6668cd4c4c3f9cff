using Timeline.Extraction.Data;

namespace Timeline.Extraction.Dates;

/// <summary>Data/tense-cues.json: the words that say whether a clause looks back or ahead.</summary>
internal sealed class TenseCues
{
    private TenseCues(TenseCuesFile file)
    {
        Phrases = file.Future.Select(p => (Words: Split(p), Direction: TemporalDirection.Future))
            .Concat(file.Past.Select(p => (Words: Split(p), Direction: TemporalDirection.Past)))
            .OrderByDescending(p => p.Words.Length)
            .ToArray();
        PastForms = Set(file.PastForms);
        NotPastForms = Set(file.NotPastForms);
        Determiners = Set(file.Determiners);
        PlannedParticiples = Set(file.PlannedParticiples);
        PastAuxiliaries = Set(file.PastAuxiliaries);
        OtherAuxiliaries = Set(file.OtherAuxiliaries);
        ProgressiveAuxiliaries = Set(file.ProgressiveAuxiliaries);
        Modals = Set(file.Modals);
    }

    public static TenseCues Instance { get; } = new(EmbeddedData.Load<TenseCuesFile>("tense-cues.json"));

    /// <summary>Cue phrases as word sequences, longest first.</summary>
    public IReadOnlyList<(string[] Words, TemporalDirection Direction)> Phrases { get; }

    public HashSet<string> PastForms { get; }

    public HashSet<string> NotPastForms { get; }

    public HashSet<string> Determiners { get; }

    public HashSet<string> PlannedParticiples { get; }

    public HashSet<string> PastAuxiliaries { get; }

    public HashSet<string> OtherAuxiliaries { get; }

    public HashSet<string> ProgressiveAuxiliaries { get; }

    /// <summary>Modals, which say neither past nor future of the date ("would end by Friday").</summary>
    public HashSet<string> Modals { get; }

    /// <summary>An irregular past form, or a regular one in -ed that is not an adjective or a noun ("speed", "hundred").</summary>
    public bool IsPastForm(string word) =>
        PastForms.Contains(word) || (word.Length >= 4 && word.EndsWith("ed", StringComparison.Ordinal) && !NotPastForms.Contains(word) && !word.Contains('-'));

    private static string[] Split(string phrase) => phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static HashSet<string> Set(IEnumerable<string> words) => new(words, StringComparer.Ordinal);

    private sealed record TenseCuesFile(
        string[] Future,
        string[] Past,
        string[] PastForms,
        string[] NotPastForms,
        string[] Determiners,
        string[] PlannedParticiples,
        string[] PastAuxiliaries,
        string[] OtherAuxiliaries,
        string[] ProgressiveAuxiliaries,
        string[] Modals);
}
