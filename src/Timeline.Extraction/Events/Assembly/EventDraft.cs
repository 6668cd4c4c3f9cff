using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Mentions;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// One event of the article while it is assembled: the mentions that report it, in reading order. Everything else
/// (kind, people, sides, date, place) is read off the mentions.
/// </summary>
/// <param name="first">The mention that starts the event.</param>
/// <param name="meeting">The lexicon's meeting kind, which plain talks between named people turn out to be.</param>
internal sealed class EventDraft(EventMention first, EventKind meeting)
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
    public EventKind Kind
    {
        get
        {
            var kind = Mentions.Select(m => m.Kind).FirstOrDefault(k => k.Name == "call")
                ?? Mentions.Select(m => m.Kind).FirstOrDefault(k => k.Type == EventType.Accusation)
                ?? Mentions.Select(m => m.Kind).FirstOrDefault(k => k.Name is not ("conversation" or "remark"))
                ?? First.Kind;
            return kind.Name == "talks" && IsMeetingOfNamedPeople ? meeting : kind;
        }
    }

    /// <summary>
    /// "Their talks in South Korea", "Blinken held talks with Qin": plain talks between named people are their meeting;
    /// negotiations, bargaining, trade talks or a dialogue stay talks.
    /// </summary>
    private bool IsMeetingOfNamedPeople =>
        Persons.Count() >= 2
        && Mentions.Where(m => m.Kind.Name == "talks").All(m => m.Facts.Key(m.Trigger.End - 1) == "talks" && m.Trigger.End - m.Trigger.First <= 2
            && m.Facts.Key(m.Trigger.First) is "talks" or "held" or "hold" or "holds" or "holding");

    public IEnumerable<ActorSpan> Agents => Mentions.SelectMany(m => m.Participants.Agents);

    public IEnumerable<ActorSpan> Others => Mentions.SelectMany(m => m.Participants.Others).Concat(Listed);

    /// <summary>Who a later sentence lists as targeted ("The list ... include former Commerce Secretary Wilbur Ross").</summary>
    public List<ActorSpan> Listed { get; } = [];

    public IEnumerable<Actor> Persons =>
        Mentions.SelectMany(m => m.Participants.Persons)
            .Concat(Listed.Select(l => l.Actor).Where(a => a.Kind == ActorKind.Person))
            .Concat(AddedPersons)
            .DistinctBy(a => a.Id);

    public EventDate? WrittenDate =>
        Mentions.Where(m => m.Date is not null)
            .Select(m => m.Date!.Value)
            .OrderBy(d => d.Date.Precision)
            .Select(d => d.WeekendStart is { } saturday && First.Kind.IsEncounter ? EventDate.Day(saturday) : d.Date)
            .FirstOrDefault();

    /// <summary>
    /// The text names the day or the week ("on Tuesday", "yesterday", "this week") but only a coarser date could be
    /// placed: the article's own date was not known to the day, or a week is all the text gives.
    /// </summary>
    public bool NamesAnUnplacedDay =>
        WrittenDate is { Precision: not DatePrecision.Day }
        && Mentions.Any(m => m.Date is { Kind: TemporalKind.Weekday or TemporalKind.DayOffset or TemporalKind.OrdinalDay or TemporalKind.Week } d
            && d.Date.Precision != DatePrecision.Day);

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
