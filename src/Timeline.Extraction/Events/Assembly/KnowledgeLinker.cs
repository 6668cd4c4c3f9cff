using System.Globalization;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// Dates an event the article names without a date ("after Biden and Xi met in Bali", "since the U.S. shot down the
/// balloon") by the widely reported event it refers to (Data/known-events.json): one whose cues the article's
/// sentences about it hold, of a compatible kind, with the same people or acting side, before the article was
/// written, and the only such one. The known event's people are added when the article leaves them unnamed
/// ("the two men met in Busan").
/// </summary>
internal sealed class KnowledgeLinker(KnownEvents known, Gazetteer gazetteer)
{
    /// <summary>How far back an article's background reaches: older events named without a date are not dated.</summary>
    private const int YearsBack = 4;

    /// <summary>An undated report in the lead is of an event at most this many days before the article.</summary>
    private const int LeadDays = 7;

    public KnownEvent? Find(EventDraft draft, EventDate documentDate, bool inLead)
    {
        var earliest = inLead ? documentDate.Earliest.AddDays(-LeadDays) : documentDate.Earliest.AddYears(-YearsBack);
        return Find(draft, earliest, documentDate.Latest);
    }

    /// <summary>
    /// The known event a coarsely dated report is of ("China said on Tuesday", in an article dated only by its year):
    /// the same event at its finer date, when it falls within the written period.
    /// </summary>
    public KnownEvent? Refine(EventDraft draft, EventDate written) =>
        draft.NamesAnUnplacedDay ? Find(draft, written.Earliest, written.Latest) : null;

    /// <summary>The known event a report is of, among those on a day the article can have been written on or just before.</summary>
    /// <param name="mustWriteItsDay">Only a known event whose day the text writes ("a Feb. 16 ministry notice").</param>
    public KnownEvent? FindAround(EventDraft draft, DateWindows possible, bool mustWriteItsDay) =>
        Find(draft, (e, text) => (possible.Contains(e.Date.Earliest) || possible.Contains(e.Date.Latest.AddDays(LeadDays)))
            && (!mustWriteItsDay || WritesItsDay(e, text)));

    private static string TextOf(EventDraft draft) =>
        string.Join('\n', draft.Mentions.Select(m => m.Facts.Sentence.Text).Distinct()).ToLowerInvariant();

    private KnownEvent? Find(EventDraft draft, DateOnly earliest, DateOnly latest) =>
        Find(draft, (e, _) => e.Date.Latest <= latest && e.Date.Earliest >= earliest);

    /// <param name="inTime">Whether a known event is of a time the report can be of, given the report's text (lowercase).</param>
    private KnownEvent? Find(EventDraft draft, Func<KnownEvent, string, bool> inTime)
    {
        var text = TextOf(draft);
        var words = KnownEvent.WordsOf(text);
        var candidates = known.All
            .Where(e => inTime(e, text))
            .Where(e => KindsAgree(draft.Kind, e.Type) && ActorsAgree(draft, e) && e.IsCuedIn(text, words))
            .Select(e => (Event: e, Score: Specificity(draft, e, text)))
            .OrderByDescending(c => c.Score)
            .Take(2)
            .ToList();
        return candidates.Count == 1 || (candidates.Count == 2 && candidates[0].Score > candidates[1].Score) ? candidates[0].Event : null;
    }

    /// <summary>
    /// How closely a candidate fits, to tell apart the known events a text's cues allow ("met ... in Busan": the Busan
    /// meeting, not one of the leaders' calls): its place named, its very type, its people named.
    /// </summary>
    private static int Specificity(EventDraft draft, KnownEvent known, string text) =>
        (WritesItsDay(known, text) ? 3 : 0)
        + (known.Place is { } place && ReferenceEvent.ContainsWords(text, place.ToLowerInvariant()) ? 2 : 0)
        + (known.Type == draft.Kind.Type ? 1 : 0)
        + (draft.Persons.Any() && draft.Persons.All(p => known.Participants.Contains(p.Id)) ? 1 : 0);

    /// <summary>"On April 4", with or without the year: the text writes the known event's day.</summary>
    private static bool WritesItsDay(KnownEvent known, string text)
    {
        if (known.Date.Precision != DatePrecision.Day)
        {
            return false;
        }

        var day = known.Date.Earliest.Day.ToString(CultureInfo.InvariantCulture);
        return DateWords.Instance.Months
            .Where(month => month.Value == known.Date.Earliest.Month)
            .Select(month => month.Key.ToLowerInvariant())
            .Any(name => ReferenceEvent.ContainsWords(text, $"{name} {day}") || ReferenceEvent.ContainsWords(text, $"{name}. {day}")
                || ReferenceEvent.ContainsWords(text, $"{day} {name}"));
    }

    /// <summary>The known event's people the article did not name.</summary>
    public IEnumerable<Actor> PeopleOf(KnownEvent known) =>
        known.Participants.Select(gazetteer.FindById).OfType<Actor>();

    private static bool KindsAgree(EventKind kind, EventType type) => kind.Shape switch
    {
        EventShape.Encounter when kind.Type == EventType.Agreement => type == EventType.Agreement,
        EventShape.Encounter => type is EventType.Meeting or EventType.Call or EventType.Talks,
        EventShape.Declaration => type is EventType.Statement or EventType.Accusation,
        EventShape.Movement => type is EventType.Meeting or EventType.Other,
        _ when kind.Type is EventType.Sanction or EventType.ExportControl => type is EventType.Sanction or EventType.ExportControl,
        _ => type == kind.Type,
    };

    /// <summary>The people named are among the known event's; an act's side is its agent.</summary>
    private static bool ActorsAgree(EventDraft draft, KnownEvent known)
    {
        var people = draft.Persons.Select(p => p.Id).ToList();
        if (people.Count > 0 && known.Participants.Count > 0 && !people.All(known.Participants.Contains))
        {
            return false;
        }

        var side = draft.Agents.Select(a => Coreference.SideOf(a.Actor)).OfType<string>().FirstOrDefault();
        return draft.Kind.Shape is EventShape.Encounter || known.Agent is null || side is null || side == known.Agent;
    }
}
