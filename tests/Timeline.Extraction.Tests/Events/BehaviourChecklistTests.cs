using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// Minimal behaviours of the learned event stage, in the manner of CheckList (Ribeiro et al., 2020): sentences written
/// here and in the behaviour tables of the event tests (EventExtractionTests, EventDatingTests, AnnouncedActTests), each
/// with what a reader takes from it. A trained model gets most of them right and some wrong, and retraining
/// moves which; the suite holds the models to a share of them and names every one they miss.
/// </summary>
public sealed class BehaviourChecklistTests
{
    /// <summary>
    /// The share of behaviours the committed models must get right: a little under what they met when trained (34 of
    /// 43 on 2026-12-07), so retraining that loses more than three fails here.
    /// </summary>
    private const double Floor = 0.72;

    private sealed record Behaviour(string Name, string Text, string? Published, Func<IReadOnlyList<ExtractedEvent>, bool> Holds);

    private static readonly Behaviour[] Behaviours =
    [
        new("an undated report in the lead is dated by the document date",
            "Chinese Vice Premier He Lifeng met with U.S. Treasury Secretary Scott Bessent.", "2025-05-23",
            events => events.Count == 1 && events[0].Date.ToString() == "2025-05-23"),
        new("an undated background report is dropped rather than given an invented date",
            "China announced new tariffs on American soybeans on Thursday.\nThe duties take effect next month, the commerce ministry said.\n"
            + "Farmers in Iowa fear the loss of their largest market.\n"
            + "Chinese Vice Premier He Lifeng had met with U.S. Treasury Secretary Scott Bessent in a hotel near the airport.", "2025-05-23",
            events => events.All(e => e.Participants.All(p => p.Actor.Id != "scott-bessent"))),
        new("a date that belongs to another verb does not date a later trigger",
            "U.S. House Speaker Nancy Pelosi visited Taiwan on Tuesday. The measures announced Friday are meant to punish Washington for allowing the visit to the island.",
            "2022-08-05",
            events => events.Count(e => e.CameoCode == "042") == 1 && events.Single(e => e.CameoCode == "042").Date.ToString() == "2022-08-02"),
        new("two states' tariffs in one sentence stay two events",
            "President Donald Trump has imposed a 145 percent tariff on Chinese goods, while Beijing has reciprocated with a 125 percent tariff on imports from the US.",
            "2025-05-12",
            events => events.Count(e => e.Type == EventType.Tariff) == 2),
        new("the dateline's date anchors the article but dates no event",
            "BEIJING, Oct 31 (Reuters) - Wang Yi spoke with Antony Blinken, the foreign ministry said.\nDuring the call on Sunday, Wang Yi criticized the export curbs.",
            "2022-10-31",
            events => events.Count(e => e.Type == EventType.Call) == 1 && events.Single(e => e.Type == EventType.Call).Date.ToString() == "2022-10-30"),
        new("what is said during a call is the call's content, not an act",
            "Wang Yi spoke with Antony Blinken by phone on Sunday. During the call, Wang Yi criticized the export curbs.", "2022-10-31",
            events => events.All(e => e.Type is EventType.Call)),
        new("a meeting planned for next week is no event",
            "Washington and Beijing traded words. President Donald Trump will meet Chinese President Xi Jinping in South Korea next week.", "2025-10-20",
            events => events.Count == 0),
        new("a denied call is no event",
            "Washington and Beijing traded words. The Pentagon said Defense Secretary Lloyd Austin did not speak with Chinese Defense Minister Li Shangfu.", "2023-06-05",
            events => events.All(e => e.Type != EventType.Call)),
        new("a sanction on a named firm has China as its agent",
            "China imposed sanctions on Lockheed Martin on Tuesday over arms sales to Taiwan.", "2024-03-01",
            events => events.Any(e => e.Type == EventType.Sanction && e.Participants.Any(p => p.Actor.Id == "china" && p.Acts))),
        new("a call reported with its weekday is dated by it",
            "Chinese President Xi Jinping and U.S. President Joe Biden held a phone call on Thursday.", "2022-07-30",
            events => events.Any(e => e.Type == EventType.Call && e.Date.ToString() == "2022-07-28")),
        new("export controls announced by the Commerce Department are the United States'",
            "The Commerce Department on Friday announced sweeping export controls on advanced chips sold to China.", "2022-10-08",
            events => events.Any(e => e.Type == EventType.ExportControl && e.Participants.Any(p => p.Actor.Id == "united-states"))),
        new("an accusation names its speaker",
            "Chinese Foreign Ministry spokesperson Mao Ning on Monday accused the United States of abusing export controls.", "2022-10-11",
            events => events.Any(e => e.Type is EventType.Accusation or EventType.Statement && e.Participants.Any(p => p.Actor.Id == "mao-ning"))),
        new("a joint statement recalled with its month is an agreement of that month",
            "Washington and Beijing traded words. The last time both parties issued a joint statement was in November 2023.", "2025-05-23",
            events => events.Any(e => e.Type == EventType.Agreement && e.Date.ToString() == "2023-11")),
        new("the meeting at which the remarks just told were made is on their day",
            "Chinese Vice President Han Zheng said on Sunday that China is ready to work with the United States. "
            + "Han made the remarks during a meeting with U.S. Vice President-elect J.D. Vance ahead of the inauguration.", "2025-01-20",
            events => events.Any(e => e.Type == EventType.Meeting && e.Date.ToString() == "2025-01-19")),
    ];

    private static readonly ArticleExtractor Extractor = ArticleExtractor.Create(new ExtractionOptions(KnownEvents: false));

    /// <summary>The behaviour tables of the event tests, each row a behaviour with the assertion its test made.</summary>
    private static IEnumerable<Behaviour> FromTables()
    {
        foreach (var row in EventExtractionTests.ReportedEvents)
        {
            var (text, published, type, date, people) = ((string)row[0], (string)row[1], (EventType)row[2], (string)row[3], (string[])row[4]);
            yield return new($"reported: {text}", Extracting.Opening + text, published, events =>
                events.Count(e => e.Type == type) == 1 && events.Single(e => e.Type == type) is var found
                && found.Date.ToString() == date && people.All(id => found.Participants.Any(p => p.Actor.Id == id)));
        }

        foreach (var text in EventExtractionTests.NotReported)
        {
            yield return new($"no event: {text}", text, "2025-05-23", events => events.Count == 0);
        }

        foreach (var sentence in EventDatingTests.FutureOrPlanned)
        {
            yield return new($"no event: {sentence}", Extracting.Opening + sentence, "2025-10-20", events => events.Count == 0);
        }

        foreach (var row in EventDatingTests.MonthOnlyDates)
        {
            var (sentence, type, month) = ((string)row[0], (EventType)row[1], (string)row[2]);
            yield return new($"month stays a month: {sentence}", Extracting.Opening + sentence, "2024-06-14", events =>
                events.Count == 1 && events[0].Type == type && events[0].Date.Precision == DatePrecision.Month && events[0].Date.ToString() == month);
        }

        foreach (var row in EventDatingTests.DatesBeforeAComma)
        {
            var (sentence, published, date, people) = ((string)row[0], (string)row[1], (string)row[2], (string[])row[3]);
            yield return new($"date before a comma: {sentence}", Extracting.Opening + sentence, published, events =>
                events.Count(e => e.Type == EventType.Meeting) == 1 && events.Single(e => e.Type == EventType.Meeting) is var meeting
                && meeting.Date.ToString() == date && meeting.Location == "Beijing" && people.All(id => meeting.Participants.Any(p => p.Actor.Id == id)));
        }

        foreach (var row in AnnouncedActTests.Announcements)
        {
            var (sentence, published, type, date, actor) = ((string)row[0], (string)row[1], (EventType)row[2], (string)row[3], (string)row[4]);
            yield return new($"announced: {sentence}", Extracting.Opening + sentence, published, events =>
                events.Count == 1 && events[0].Type == type && events[0].Date.ToString() == date
                && events[0].Participants.Any(p => p.Actor.Id == actor && p.Acts));
        }
    }

    [Fact]
    public void TheModelsMeetMostMinimalBehaviours()
    {
        var missed = Behaviours.Concat(FromTables())
            .Where(b => !b.Holds(Extractor.Extract(new ArticleInput(b.Text, null, PublishedAt: b.Published is null ? null : DateOnly.Parse(b.Published))).Events))
            .Select(b => b.Name)
            .ToList();

        var share = 1.0 - ((double)missed.Count / (Behaviours.Length + FromTables().Count()));
        Assert.True(share >= Floor, $"{share:P0} of the behaviours held (floor {Floor:P0}); missed: {string.Join("; ", missed)}");
    }
}
