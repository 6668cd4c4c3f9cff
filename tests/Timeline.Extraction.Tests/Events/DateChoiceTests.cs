using Timeline.Extraction.Events.Decisions;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Which of the date options an event's reports give it becomes its date.</summary>
public sealed class DateChoiceTests
{
    private static readonly EventDate May = EventDate.Month(2025, 5);

    private static readonly EventDate Thursday = EventDate.Day(new DateOnly(2025, 5, 22));

    private static ScoredDate Option(EventDate? value, float score) =>
        new(value is null ? DateOption.None : DateOption.Article, value, score);

    [Fact]
    public void TheBestScoredConfidentDateWins()
    {
        var chosen = ReportedEvent.ChooseDate([Option(May, 0.7f), Option(EventDate.Day(new DateOnly(2025, 4, 3)), 0.6f), Option(null, 0.9f)], 0.5f);

        Assert.Equal(May, chosen?.Value);
    }

    [Fact]
    public void AReportsLesserOptionsDoNotRefineItsDate()
    {
        // "The Geneva truce in May" in a paragraph that also tells a call "on Thursday": the truce stays in May.
        var chosen = ReportedEvent.ChooseEventDate([[Option(May, 0.97f), Option(Thursday, 0.6f)]], 0.5f);

        Assert.Equal(May, chosen?.Value);
    }

    [Fact]
    public void ALaterReportsDayBelowTheThresholdDoesNotRefineTheMonth()
    {
        var chosen = ReportedEvent.ChooseEventDate([[Option(May, 0.97f)], [Option(Thursday, 0.4f)]], 0.5f);

        Assert.Equal(May, chosen?.Value);
    }

    [Fact]
    public void NoConfidentDateMeansNoDate()
    {
        Assert.Null(ReportedEvent.ChooseDate([Option(May, 0.3f), Option(null, 0.9f)], 0.5f));
    }

    [Fact]
    public void TheFirstReportThatDatesTheEventDatesItThoughALaterOneScoresHigher()
    {
        var monday = EventDate.Day(new DateOnly(2025, 4, 28));
        var tuesday = EventDate.Day(new DateOnly(2025, 4, 29));

        var chosen = ReportedEvent.ChooseEventDate([[Option(null, 0.9f)], [Option(tuesday, 0.7f), Option(monday, 0.3f)], [Option(monday, 0.96f)]], 0.5f);

        Assert.Equal(tuesday, chosen?.Value);
    }

    [Fact]
    public void ALaterReportStillMakesTheFirstReportsMonthADay()
    {
        var chosen = ReportedEvent.ChooseEventDate([[Option(May, 0.8f)], [Option(Thursday, 0.9f)]], 0.5f);

        Assert.Equal(Thursday, chosen?.Value);
    }
}
