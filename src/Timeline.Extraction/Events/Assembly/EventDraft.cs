using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Mentions;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// One event of the article while it is assembled: the mentions that report it, in reading order. Everything else
/// (kind, people, sides, date, place) is read off the mentions.
/// </summary>
internal sealed class EventDraft(EventMention first)
{
    public List<EventMention> Mentions { get; } = [first];

    /// <summary>What was said at this encounter, reported as its own statement or accusation: more evidence of it.</summary>
    public List<EventMention> Content { get; } = [];

    /// <summary>People a counterpart phrase or an earlier report adds ("his Chinese counterpart" resolved to a name).</summary>
    public List<Actor> AddedPersons { get; } = [];

    public EventDate? Date { get; set; }

    /// <summary>True when the text wrote the date for this event; false when it comes from the document date.</summary>
    public bool DateFromText { get; set; }

    public EventMention First => Mentions[0];

    public int LastSentence => Mentions[^1].Sentence;

    public string Family => FamilyOf(First.Kind);

    /// <summary>
    /// An explicit call wins over a meeting or talks, which win over a bare conversation; an accusation wins over a
    /// statement; otherwise the first mention's kind.
    /// </summary>
    public EventKind Kind =>
        Mentions.Select(m => m.Kind).FirstOrDefault(k => k.Name == "call")
        ?? Mentions.Select(m => m.Kind).FirstOrDefault(k => k.Type == EventType.Accusation)
        ?? Mentions.Select(m => m.Kind).FirstOrDefault(k => k.Name is not ("conversation" or "remark"))
        ?? First.Kind;

    public IEnumerable<ActorSpan> Agents => Mentions.SelectMany(m => m.Participants.Agents);

    public IEnumerable<ActorSpan> Others => Mentions.SelectMany(m => m.Participants.Others);

    public IEnumerable<Actor> Persons =>
        Mentions.SelectMany(m => m.Participants.Persons).Concat(AddedPersons).DistinctBy(a => a.Id);

    public EventDate? WrittenDate =>
        Mentions.Where(m => m.Date is not null)
            .Select(m => m.Date!.Value)
            .OrderBy(d => d.Date.Precision)
            .Select(d => d.WeekendStart is { } saturday && First.Kind.IsEncounter ? EventDate.Day(saturday) : d.Date)
            .FirstOrDefault();

    public string? Place => Mentions.Select(m => m.Place ?? m.Participants.Destination).FirstOrDefault(p => p is not null);

    /// <summary>Reported in the headline or the lead, not as the time or cause of another event: the event the news is about.</summary>
    public bool InHeadlineOrLead => Mentions.Any(m => (m.Facts.IsHeadline || m.Facts.IsLead) && !m.InBackgroundClause);

    /// <summary>
    /// Calls, meetings, talks and conversations are one family, as are statements, remarks and accusations: one
    /// encounter, or one declaration, told in several words.
    /// </summary>
    public static string FamilyOf(EventKind kind) =>
        kind.IsEncounter && kind.Name != "agreement" ? "encounter"
        : kind.Shape == EventShape.Declaration ? "declaration"
        : kind.Name;
}
