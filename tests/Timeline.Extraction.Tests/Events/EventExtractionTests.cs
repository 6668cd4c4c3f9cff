using Timeline.Extraction;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

public sealed class EventExtractionTests
{
    // What the text says, without the optional known-events stage (KnownEventLinkingTests covers it).
    private static readonly ArticleExtractor Extractor = ArticleExtractor.Create(new ExtractionOptions(KnownEvents: false));

    private static IReadOnlyList<ExtractedEvent> Extract(string text, string? publishedAt) =>
        Extractor.Extract(new ArticleInput(text, null, PublishedAt: publishedAt is null ? null : DateOnly.Parse(publishedAt))).Events;

    /// <summary>Hedged, planned, denied and quoted events: no event (held to a share in BehaviourChecklistTests).</summary>
    public static readonly string[] NotReported = [
        "President Trump and Chinese President Xi Jinping are expected to hold talks soon.",
        "Secretary Blinken plans to meet Wang Yi next month.",
        "Neither side confirmed whether Ma Zhaoxu and Christopher Landau held a phone call.",
        "An analyst said “the United States imposed sanctions on us” without saying when.",
        "China could impose tariffs on American soybeans, analysts said.",
    ];

    /// <summary>Reported events with their type, date and people (held to a share in BehaviourChecklistTests).</summary>
    public static TheoryData<string, string, EventType, string, string[]> ReportedEvents => new()
    {
        // text, published (weekday), expected type, expected date, participant ids that must be present
        {
            "Chinese Vice Foreign Minister Ma Zhaoxu held a phone call on Thursday with U.S. Deputy Secretary of State Christopher Landau.",
            "2025-05-23", EventType.Call, "2025-05-22", ["ma-zhaoxu", "christopher-landau"]
        },
        {
            "Secretary of State Antony Blinken met with Chinese President Xi Jinping in Beijing on Monday.",
            "2023-06-21", EventType.Meeting, "2023-06-19", ["antony-blinken", "xi-jinping"]
        },
        {
            "China imposed sanctions on U.S. House Speaker Nancy Pelosi on Friday over her visit.",
            "2022-08-06", EventType.Sanction, "2022-08-05", ["china", "nancy-pelosi"]
        },
        {
            "The Commerce Department is implementing new export controls on advanced chips sold to China.",
            "2022-10-07", EventType.ExportControl, "2022-10-07", ["united-states"]
        },
        {
            "The two sides held trade talks in Geneva earlier this month, officials said.",
            "2025-05-23", EventType.Talks, "2025-05", ["united-states", "china"]
        },
        {
            "The Commerce Department on Thursday added Huawei to its Entity List, barring it from buying U.S. technology.",
            "2019-05-17", EventType.ExportControl, "2019-05-16", ["us-commerce-department", "united-states"]
        },
        {
            "The Biden administration on Tuesday imposed steep new tariffs on Chinese electric vehicles.",
            "2024-05-15", EventType.Tariff, "2024-05-14", ["united-states"]
        },
        {
            "Chinese Foreign Minister Qin Gang accused the United States on Tuesday of trying to contain China.",
            "2023-03-10", EventType.Accusation, "2023-03-07", ["qin-gang"]
        },
    };

    [Fact]
    public void SeveralSentencesAboutOneCallMakeOneEventWithSeveralEvidenceSentences()
    {
        const string text = "Chinese Foreign Minister Wang Yi spoke with U.S. Secretary of State Antony Blinken by phone on Sunday. "
            + "During the call, Wang Yi told Antony Blinken that the export controls must be corrected.";

        var call = Assert.Single(Extract(text, "2022-10-31"), e => e.Type == EventType.Call);

        Assert.Equal("2022-10-30", call.Date.ToString());
        Assert.Equal(2, call.Evidence.Count);
    }

    [Fact]
    public void AnEventThatCannotBeDatedIsDropped()
    {
        Assert.Empty(Extract("Chinese Vice Premier He Lifeng met with U.S. Treasury Secretary Scott Bessent.", null));
    }

    [Fact]
    public void EveryEventCarriesACameoCodeExceptAppointments()
    {
        const string text = "Chinese Vice Foreign Minister Ma Zhaoxu held a phone call on Thursday with U.S. Deputy Secretary of State Christopher Landau.";

        var call = Assert.Single(Extract(text, "2025-05-23"));

        Assert.Equal("041", call.CameoCode);
    }

    [Fact]
    public void TwoReportsThatWouldBeTheSameRowAreOneEventWithBothReportsEvidence()
    {
        // "announced" and "halt cooperation" are two candidates of one sentence that the folding keeps apart; written,
        // both read "China announced it would halt cooperation ..." on one day.
        const string text = "Beijing Cuts Ties On Several Fronts\nWire Service,\n"
            + "(Wire) -- China announced it would halt cooperation with the US in several areas after US House Speaker Nancy Pelosi's "
            + "visit to Taiwan, including working-level talks on climate change and defense.\n"
            + "The measures, set out in a statement on Friday, include halting climate talks.";

        var events = Extract(text, "2022-08-05");

        Assert.Single(events, e => e.Title.StartsWith("China announced it would halt cooperation", StringComparison.Ordinal));
        Assert.Equal(events.Count, events.DistinctBy(e => (e.Type, e.Date, e.Title)).Count());
    }
}
