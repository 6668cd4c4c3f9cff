using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// A measure exists once announced: "said on Friday it will impose tariffs" reports the tariff on that Friday, not a
/// statement plus a future act.
/// </summary>
public sealed class AnnouncedActTests
{
    public static TheoryData<string, string, EventType, string, string> Announcements => new()
    {
        // sentence, published, the act's type, its date (the announcement's day), the side that acts
        { "President Donald Trump announced on Friday that he will impose 100% tariffs on Chinese goods.", "2025-10-12", EventType.Tariff, "2025-10-10", "donald-trump" },
        { "The Biden administration announced on Tuesday that it will raise tariffs on Chinese electric vehicles to 100%.", "2024-06-14", EventType.Tariff, "2024-06-11", "united-states" },
        { "China announced on Tuesday that it will impose sanctions on Lockheed Martin.", "2024-06-14", EventType.Sanction, "2024-06-11", "china" },
        { "China's commerce ministry said on Thursday it will impose export controls on rare earth technologies.", "2025-10-12", EventType.ExportControl, "2025-10-09", "china" },
    };

    [Fact]
    public void ARetaliationToldWithItsMeasureIsTheMeasure()
    {
        const string sentence = "China hit back with sanctions on Lockheed Martin on Tuesday.";

        var result = Extracting.Article(Extracting.Opening + sentence, "2024-06-14");

        var sanction = Assert.Single(result.Events);
        Assert.Equal(EventType.Sanction, sanction.Type);
        Assert.Equal("2024-06-11", sanction.Date.ToString());
        Assert.Contains(sanction.Participants, p => p.Actor.Id == "china" && p.Acts);
        Extracting.AssertCites(result, sanction, sentence);
    }
}
