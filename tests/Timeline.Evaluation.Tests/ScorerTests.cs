using Timeline.Evaluation.Scoring;
using static Timeline.Evaluation.Tests.Builders;

namespace Timeline.Evaluation.Tests;

public class ScorerTests
{
    [Fact]
    public void RecallCountsAllGoldEventsAndHeadlineRecallOnlyRequiredOnes()
    {
        var golds = new[]
        {
            Expected("call", required: true),
            Expected("meeting", type: "meeting", required: true),
            Expected("old", date: "2021", type: "agreement", participants: ["United States", "China"], required: false),
        };
        var report = Scorer.Score("s", [File("a", false, golds, Extracted("e1"), Extracted("e2", date: "2021-07", type: "agreement", participants: ["China", "United States"]))]);
        Assert.Equal(new Ratio(1, 2), report.HeadlineRecall);
        Assert.Equal(new Ratio(2, 3), report.Recall);
    }

    [Fact]
    public void PrecisionCountsOnlyEventsOfExhaustiveFiles()
    {
        var report = Scorer.Score("s",
        [
            File("exhaustive", true, [Expected()], Extracted("hit"), Extracted("extra", type: "sanction")),
            File("partial", false, [Expected()], Extracted("hit2"), Extracted("ignored", type: "tariff")),
        ]);
        Assert.Equal(new Ratio(1, 2), report.Precision);
        Assert.Equal("extra", Assert.Single(report.Extras).Event.Id);
    }

    [Fact]
    public void AnEventMatchingAGoldEventCountsAsPreciseEvenWhenAnotherEventTookThatGold()
    {
        var report = Scorer.Score("s", [File("a", true, [Expected()], Extracted("e1"), Extracted("e2"))]);
        Assert.Equal(new Ratio(2, 2), report.Precision);
        Assert.Equal(1, report.Duplicates);
    }

    [Fact]
    public void PrecisionIsUndefinedWithoutExhaustiveFiles()
    {
        var report = Scorer.Score("s", [File("a", false, [Expected()], Extracted("e1"))]);
        Assert.Null(report.Precision.Value);
        Assert.Equal("n/a (0/0)", report.Precision.ToString());
    }

    [Fact]
    public void DateAccuracyIsOverMatchedEvents()
    {
        var golds = new[] { Expected("a", date: "2022-10-31", tolerance: 1), Expected("b", type: "meeting"), Expected("c", type: "tariff") };
        var report = Scorer.Score("s", [File("f", false, golds, Extracted("e1", date: "2022-10-30"), Extracted("e2", type: "meeting"))]);
        Assert.Equal(new Ratio(1, 2), report.DateAccuracy);
    }

    [Fact]
    public void AMissNamesTheClosestSystemEventAndWhyItFailed()
    {
        var report = Scorer.Score("s",
            [File("f", false, [Expected(date: "2022-10-31")], Extracted("unrelated", type: "tariff", participants: ["Gina Raimondo"]), Extracted("near", date: "2022-11-05"))]);
        var miss = Assert.Single(report.Misses);
        Assert.Equal("near", miss.Closest?.Id);
        Assert.Equal("date outside tolerance", miss.WhyNotClosest);
    }

    [Fact]
    public void AFileThatFailedToIngestCountsAsFailedAndMissesEverything()
    {
        var failed = File("f", true, [Expected()]) with { Error = "500" };
        var report = Scorer.Score("s", [failed]);
        Assert.Equal(1, report.FailedFiles);
        Assert.Equal(new Ratio(0, 1), report.Recall);
    }

    [Fact]
    public void RatiosPrintWithTwoDecimalsAndCounts() => Assert.Equal("0.83 (15/18)", new Ratio(15, 18).ToString());
}
