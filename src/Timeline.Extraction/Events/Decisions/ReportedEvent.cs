using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// One event of the article while it is assembled: the mentions that report it, in reading order. Its type, date,
/// people and place are read off them.
/// </summary>
internal sealed class ReportedEvent(Mention first)
{
    public List<Mention> Mentions { get; } = [first];

    public Mention First => Mentions[0];

    /// <summary>What was said at this encounter, reported as statements of its people: more evidence of it.</summary>
    public List<Mention> Content { get; } = [];

    public int LastSentence => Mentions[^1].Sentence;

    public string Family => FamilyOf(First);

    /// <summary>The type of its most confident report: the one that says most plainly what happened ("a phone call").</summary>
    public EventType Type => Mentions.MaxBy(m => m.Confidence)!.Type;

    public EventKind Kind => Mentions.First(m => m.Type == Type).Kind;

    public IEnumerable<ActorSpan> Agents => Mentions.SelectMany(m => m.Agents);

    public IEnumerable<ActorSpan> Counterparts => Mentions.SelectMany(m => m.Counterparts);

    public IEnumerable<ActorSpan> Targets => Mentions.SelectMany(m => m.Targets);

    public IEnumerable<ActorSpan> Participants => Mentions.SelectMany(m => m.Participants);

    public IEnumerable<Actor> Persons =>
        Participants.Select(a => a.Actor).Where(a => a.Kind == ActorKind.Person).Concat(AddedPersons).DistinctBy(a => a.Id);

    /// <summary>People a later stage adds (the known event the report is of names them).</summary>
    public List<Actor> AddedPersons { get; } = [];

    /// <summary>The event's date, once a stage has settled it; null while nothing dates it.</summary>
    public EventDate? Date { get; set; }

    /// <summary>True when the text writes the date; false when it is the article's own.</summary>
    public bool DateWritten { get; set; }

    /// <summary>Where values not read from the text came from ("date: known event ...").</summary>
    public List<string> Provenance { get; } = [];

    /// <summary>
    /// The date its first report that gives a confident one gives it, unless a later report's own date is finer and
    /// inside it ("in May" … "on Thursday"). News tells the event it is about first and dates it there; a later
    /// report's higher-scored day is more often another step of the story ("the cloture vote on Monday") than a
    /// correction.
    /// </summary>
    public ScoredDate? BestDate(float threshold) => ChooseEventDate(Mentions.Select(m => m.Dates), threshold);

    /// <summary><see cref="BestDate"/> from the date options of each report, in reading order.</summary>
    public static ScoredDate? ChooseEventDate(IEnumerable<IReadOnlyList<ScoredDate>> optionsByReport, float threshold)
    {
        var choices = optionsByReport.Select(options => ChooseDate(options, threshold)).OfType<ScoredDate>().ToList();
        if (choices.Count == 0)
        {
            return null;
        }

        var first = choices[0];
        return choices
            .Where(c => c.Value!.Precision < first.Value!.Precision && first.Value.Contains(c.Value))
            .OrderBy(c => c.Value!.Precision)
            .ThenByDescending(c => c.Score)
            .FirstOrDefault() ?? first;
    }

    /// <summary>One report's date: its best scored option that stands for a date and scores at least <paramref name="threshold"/>.</summary>
    public static ScoredDate? ChooseDate(IEnumerable<ScoredDate> options, float threshold) =>
        options.Where(d => d.Value is not null && d.Score >= threshold).MaxBy(d => d.Score);

    /// <summary>A date one of its reports writes in its own sentence: what tells this event from another of its kind.</summary>
    public EventDate? OwnDate => Mentions.Select(m => m.OwnDate).FirstOrDefault(d => d is not null);

    public string? Place => Mentions.Select(m => m.Place).FirstOrDefault(p => p is not null);

    /// <summary>One encounter or one declaration is told in several words; acts of one family are one kind of restriction.</summary>
    public static string FamilyOf(Mention mention) => mention.Type switch
    {
        EventType.Meeting or EventType.Call or EventType.Talks => "encounter",
        EventType.Statement or EventType.Accusation => "declaration",
        EventType.Sanction or EventType.ExportControl => "restriction",
        EventType.Other => "other:" + mention.Kind.Name,
        var type => type.ToString(),
    };
}
