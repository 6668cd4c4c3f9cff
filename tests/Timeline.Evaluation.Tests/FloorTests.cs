using Timeline.Evaluation.Cli;
using Timeline.Evaluation.Floors;
using Timeline.Evaluation.Scoring;
using static Timeline.Evaluation.Tests.Builders;

namespace Timeline.Evaluation.Tests;

public class FloorTests
{
    // One of two gold calls found, plus an extra event in an exhaustive file: recall 0.5, precision 0.5.
    private static readonly IReadOnlyList<ScopeReport> Scopes =
    [
        Scorer.Score("dev", [File("a", true, [Expected("call"), Expected("meeting", type: "meeting")], Extracted("e1"), Extracted("x", type: "tariff"))]),
        Scorer.Score("overall", [File("a", true, [Expected("call"), Expected("meeting", type: "meeting")], Extracted("e1"), Extracted("x", type: "tariff"))]),
    ];

    [Theory]
    [InlineData("recall=0.5", false, true)]
    [InlineData("recall=0.51", false, false)]
    [InlineData("dev:precision=0.4", false, true)]
    [InlineData("dev:precision=0.6", false, false)]
    [InlineData("false-merges=0", true, true)]
    [InlineData("duplicates=0", true, true)]
    public void AFloorPassesOnlyWhenTheScoreRespectsIt(string text, bool isMaximum, bool passes)
    {
        var (floor, error) = ScoreFloor.Parse(text, isMaximum);

        Assert.Null(error);
        Assert.Equal(passes, floor!.Check(Scopes) is null);
    }

    [Fact]
    public void AFloorOnAScopeThatWasNotScoredFails()
    {
        var (floor, _) = ScoreFloor.Parse("seeds:recall=0.1", isMaximum: false);

        Assert.Contains("no scope 'seeds'", floor!.Check(Scopes));
    }

    [Theory]
    [InlineData("recall", false)]
    [InlineData("recall=high", false)]
    [InlineData("speed=0.5", false)]
    [InlineData("recall=1", true)]
    [InlineData("false-merges=0", false)]
    public void MalformedOrUnknownFloorsAreRefused(string text, bool isMaximum) =>
        Assert.NotNull(ScoreFloor.Parse(text, isMaximum).Error);

    [Fact]
    public void TheCommandLineCollectsEveryFloor()
    {
        var (options, error) = EvaluationOptions.Parse(["--api", "http://h", "--key", "k", "--min", "recall=0.9", "--max", "dev:false-merges=0", "dev"]);

        Assert.Null(error);
        Assert.Equal(
            [new ScoreFloor("overall", "recall", 0.9, false), new ScoreFloor("dev", "false-merges", 0, true)],
            options!.Floors);
        Assert.NotNull(EvaluationOptions.Parse(["--api", "http://h", "--key", "k", "--min", "recall", "dev"]).Error);
    }
}
