using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>A widely reported event of Data/known-events.json, with its date read and its cue phrases ready to test.</summary>
public sealed record KnownEvent(
    string Id,
    EventDate Date,
    EventType Type,
    IReadOnlyList<string> Participants,
    string? Agent,
    string? Place,
    IReadOnlyList<IReadOnlyList<string>> Cues)
{
    /// <summary>
    /// Whether a text (lowercase, its words listed by <see cref="WordsOf"/>) can refer to this event: every cue group
    /// has a phrase in it as whole words. A phrase whose first word the text lacks is not searched for, which spares
    /// most searches (hundreds of known events are tried for each event an article reports).
    /// </summary>
    public bool IsCuedIn(string lowerText, IReadOnlySet<string> words) =>
        Cues.All(group => group.Any(phrase => words.Contains(FirstWord(phrase)) && ReferenceEvent.ContainsWords(lowerText, phrase)));

    /// <summary>The words of a lowercase text, as <see cref="IsCuedIn(string, IReadOnlySet{string})"/> reads them.</summary>
    public static HashSet<string> WordsOf(string lowerText) =>
        lowerText.Split(WordBreaks, StringSplitOptions.RemoveEmptyEntries).ToHashSet(StringComparer.Ordinal);

    private static string FirstWord(string phrase)
    {
        var end = phrase.IndexOfAny(WordBreaks);
        return end < 0 ? phrase : phrase[..end];
    }

    private static readonly char[] WordBreaks =
        [' ', '\n', '\t', '.', ',', ';', ':', '!', '?', '"', '\'', '(', ')', '[', ']', '-', '/', '“', '”', '‘', '’', '—', '–'];
}

/// <summary>The known events, loaded once from Data/known-events.json.</summary>
public sealed class KnownEvents
{
    private KnownEvents(IReadOnlyList<KnownEvent> events) => All = events;

    public static KnownEvents Default { get; } = Load();

    public IReadOnlyList<KnownEvent> All { get; }

    private static KnownEvents Load() =>
        new(KnownEventsFile.Load().Events
            .Select(e => new KnownEvent(
                e.Id,
                EventDate.TryParse(e.Date, out var date) ? date : throw new InvalidDataException($"known event {e.Id}: bad date {e.Date}"),
                Enum.Parse<EventType>(e.Type.Replace("_", string.Empty, StringComparison.Ordinal), ignoreCase: true),
                e.Participants,
                e.Agent,
                e.Place,
                e.Cues))
            .ToList());
}
