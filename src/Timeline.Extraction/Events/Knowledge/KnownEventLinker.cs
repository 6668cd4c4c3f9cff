using System.Globalization;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Decisions;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Knowledge;

/// <summary>
/// The optional linking stage: an event is linked to a widely reported event of Data/known-events.json when exactly one
/// entry fits (its cues are in the report's sentences, the kinds agree, the people named are among its people, an act's
/// side is its agent, and its date lies in what the text allows: the date the text writes, or for an undated report the
/// month before the article). The link fills gaps only: a date for a report the text leaves undated ("the Bali
/// meeting"), the people the text left unnamed ("the two leaders met"); a date the text writes stays at its precision.
/// Each filled value says where it came from. It lends no day to an article that states no date of its own, and it can
/// be switched off.
/// </summary>
internal sealed class KnownEventLinker(KnownEvents known, Gazetteer gazetteer)
{
    /// <summary>An event the text leaves undated is at most this long before the article.</summary>
    private const int UndatedDaysBack = 30;

    public KnownEventLink? Link(ReportedEvent reported, EventDate? date, DocumentDate documentDate)
    {
        if (!IsGiven(documentDate) || documentDate.Date is not { } anchor)
        {
            return null;
        }

        // A date the text writes is kept at the precision it writes: a month is the event's date as the text knows it.
        var (earliest, latest) = date is null ? (anchor.Earliest.AddDays(-UndatedDaysBack), anchor.Latest) : (date.Earliest, date.Latest);
        var text = string.Join('\n', reported.Mentions.Select(m => m.Facts.Sentence.Text).Distinct()).ToLowerInvariant();
        var words = KnownEvent.WordsOf(text);
        var fits = known.All
            .Where(e => e.Date.Earliest >= earliest && e.Date.Latest <= latest)
            .Where(e => KindsAgree(reported.Type, e.Type) && ActorsAgree(reported, e) && e.IsCuedIn(text, words))
            .Select(e => (Event: e, Score: Specificity(reported, e, text)))
            .OrderByDescending(c => c.Score)
            .Take(2)
            .ToList();
        if (fits.Count == 0 || (fits.Count == 2 && fits[0].Score == fits[1].Score))
        {
            return null;
        }

        var linked = fits[0].Event;
        var named = reported.Persons.Select(p => p.Id).ToHashSet(StringComparer.Ordinal);
        var sides = reported.Persons.Select(p => p.Country).Distinct().Count();
        var added = sides < 2 ? linked.Participants.Where(id => !named.Contains(id)).Select(gazetteer.FindById).OfType<Actor>().ToList() : [];
        return new KnownEventLink(linked, linked.Date, added);
    }

    /// <summary>
    /// A date the article states (published, in its page data, or a full dateline), not one inferred: an article without
    /// one gets no day borrowed from the table, whatever it reports.
    /// </summary>
    private static bool IsGiven(DocumentDate documentDate) =>
        documentDate.Rule is DocumentDateRule.PublishedAt or DocumentDateRule.PageMetadata
        || (documentDate.Rule == DocumentDateRule.Dateline && documentDate.Date?.Precision == DatePrecision.Day);

    /// <summary>How closely an entry fits: the text writes its day, names its place, has its very type, names only its people.</summary>
    private static int Specificity(ReportedEvent reported, KnownEvent known, string text) =>
        (WritesItsDay(known, text) ? 3 : 0)
        + (known.Place is { } place && ReferenceEvent.ContainsWords(text, place.ToLowerInvariant()) ? 2 : 0)
        + (known.Type == reported.Type ? 1 : 0)
        + (reported.Persons.Any() && reported.Persons.All(p => known.Participants.Contains(p.Id)) ? 1 : 0);

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

    private static bool KindsAgree(EventType reported, EventType known) => reported switch
    {
        EventType.Meeting or EventType.Call or EventType.Talks => known is EventType.Meeting or EventType.Call or EventType.Talks,
        EventType.Statement or EventType.Accusation => known is EventType.Statement or EventType.Accusation,
        EventType.Sanction or EventType.ExportControl => known is EventType.Sanction or EventType.ExportControl,
        _ => known == reported,
    };

    private static bool ActorsAgree(ReportedEvent reported, KnownEvent known)
    {
        var people = reported.Persons.Select(p => p.Id).ToList();
        if (people.Count > 0 && known.Participants.Count > 0 && !people.All(known.Participants.Contains))
        {
            return false;
        }

        var side = reported.Agents.Select(a => TimelineScope.SideOf(a.Actor)).OfType<string>().FirstOrDefault();
        return reported.Type is EventType.Meeting or EventType.Call or EventType.Talks or EventType.Agreement
            || known.Agent is null || side is null || side == known.Agent;
    }
}

/// <summary>A link to a known event: the date it gives and the people the text left unnamed.</summary>
internal sealed record KnownEventLink(KnownEvent Event, EventDate Date, IReadOnlyList<Actor> AddedPeople)
{
    /// <summary>Where each filled value came from, as the event records it.</summary>
    public IEnumerable<string> Provenance(bool dateFilled) =>
        (dateFilled ? [$"date: known event {Event.Id}"] : Array.Empty<string>())
            .Concat(AddedPeople.Count > 0 ? [$"participants {string.Join(", ", AddedPeople.Select(p => p.Id))}: known event {Event.Id}"] : []);
}
