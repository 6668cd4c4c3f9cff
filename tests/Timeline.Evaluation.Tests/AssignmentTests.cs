using Timeline.Evaluation.Scoring;
using static Timeline.Evaluation.Tests.Builders;

namespace Timeline.Evaluation.Tests;

public class AssignmentTests
{
    [Fact]
    public void OneSystemEventCountsForOnlyOneGoldEventOfAFile()
    {
        var report = Scorer.Score("s", [File("a", false, [Expected("a"), Expected("b")], Extracted("e1"))]);
        Assert.Equal(new Ratio(1, 2), report.Recall);
    }

    [Fact]
    public void AContestedSystemEventGoesToTheRequiredGoldEvent()
    {
        var background = Expected("background", required: false);
        var headline = Expected("headline", required: true);
        var report = Scorer.Score("s", [File("a", false, [background, headline], Extracted("e1"))]);
        Assert.Equal(new Ratio(1, 1), report.HeadlineRecall);
        Assert.Equal("background", Assert.Single(report.Misses).Gold.Key);
    }

    [Fact]
    public void TheAssignmentMatchesAsManyGoldEventsAsPossible()
    {
        // Greedy on the first gold would take e1 and strand the second, which only e1 fits.
        var either = Expected("either", type: "meeting|call");
        var onlyCall = Expected("only-call", type: "call");
        var report = Scorer.Score("s", [File("a", false, [either, onlyCall], Extracted("e1", type: "call"), Extracted("e2", type: "meeting"))]);
        Assert.Equal(new Ratio(2, 2), report.Recall);
    }

    [Fact]
    public void AnEventWithTheExactGoldDateIsPreferredOverACoarserOrNearbyOne()
    {
        var gold = Expected(date: "2025-05", tolerance: 2);
        var report = Scorer.Score("s", [File("a", false, [gold], Extracted("day", date: "2025-05-22"), Extracted("month", date: "2025-05"))]);
        Assert.Equal(new Ratio(1, 1), report.DateAccuracy);
        Assert.Equal(1, report.Duplicates);
    }

    [Fact]
    public void RemainingTiesGoToTheEventListedFirst()
    {
        var files = new[] { File("a", false, [Expected("k")], Extracted("first"), Extracted("second")), File("b", false, [Expected("k")], Extracted("first")) };
        Assert.Equal(new Ratio(1, 1), Scorer.Score("s", files).MergeAccuracy);
    }

    [Fact]
    public void TheHungarianSolverFindsTheCheapestAssignment()
    {
        long[,] cost = { { 4, 1, 3 }, { 2, 0, 5 }, { 3, 2, 2 } };
        Assert.Equal([1, 0, 2], Hungarian.Solve(cost));
    }
}
