using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events;

/// <summary>
/// Dates an event its own sentences leave undated. News reports recent events: what is said in the present tense
/// happened on the document date; a past-tense report happened within the week before it; "recent" stretches
/// that to three months. An event named only as background ("after the talks") is left undated and dropped.
/// Against a coarse document date (a month or year, no day) the event takes that coarse date.
/// </summary>
internal static class EventDating
{
    private const int PastWindowDays = 7;
    private const int RecentWindowDays = 90;

    public static EventDate? DefaultDate(TenseCue tense, EventDate? documentDate)
    {
        if (documentDate is null || tense == TenseCue.Background)
        {
            return null;
        }

        if (documentDate.Precision != DatePrecision.Day)
        {
            return documentDate;
        }

        return tense switch
        {
            TenseCue.Present => documentDate,
            TenseCue.Recent => EventDate.Covering(documentDate.Earliest.AddDays(-RecentWindowDays), documentDate.Latest),
            _ => EventDate.Covering(documentDate.Earliest.AddDays(-PastWindowDays), documentDate.Latest),
        };
    }
}
