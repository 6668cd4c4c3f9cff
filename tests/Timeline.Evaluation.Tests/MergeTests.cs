using Timeline.Evaluation.Scoring;
using static Timeline.Evaluation.Tests.Builders;

namespace Timeline.Evaluation.Tests;

public class MergeTests
{
    [Theory]
    [InlineData("same", "same", 1)]
    [InlineData("one", "other", 0)]
    public void AKeySeenInSeveralFilesIsMergedOnlyWhenAllMatchOneEventId(string firstId, string secondId, int merged)
    {
        var report = Scorer.Score("s", [File("a", false, [Expected("k")], Extracted(firstId)), File("b", false, [Expected("k")], Extracted(secondId))]);
        Assert.Equal(new Ratio(merged, 1), report.MergeAccuracy);
        Assert.Equal(1 - merged, report.UnmergedKeys.Count);
    }

    [Fact]
    public void AKeyUnmatchedInOneOfItsFilesIsNotMerged()
    {
        var report = Scorer.Score("s",
        [
            File("a", false, [Expected("k")], Extracted("e1")),
            File("b", false, [Expected("k")], Extracted("e1")),
            File("c", false, [Expected("k")], Extracted("e1", type: "meeting")),
        ]);
        Assert.Equal(new Ratio(0, 1), report.MergeAccuracy);
        Assert.Contains(new KeyedMatch("c", null), Assert.Single(report.UnmergedKeys).Matches);
    }

    [Fact]
    public void KeysSeenInOneFileAreNotMergeCandidates()
    {
        var report = Scorer.Score("s", [File("a", false, [Expected("k")], Extracted("e1")), File("b", false, [Expected("other", type: "meeting")], Extracted("e2", type: "meeting"))]);
        Assert.Equal(new Ratio(0, 0), report.MergeAccuracy);
    }

    [Fact]
    public void AnEventMatchedToTwoDifferentKeysAcrossFilesIsAFalseMerge()
    {
        var report = Scorer.Score("s",
        [
            File("a", false, [Expected("monday-call", date: "2022-10-31", tolerance: 7)], Extracted("e1", date: "2022-11-03")),
            File("b", false, [Expected("thursday-call", date: "2022-11-03")], Extracted("e1", date: "2022-11-03")),
        ]);
        Assert.Equal(1, report.FalseMerges);
        Assert.Equal("e1", Assert.Single(report.FalseMergeDetails).EventId);
    }

    [Fact]
    public void OneEventMatchedToTheSameKeyInSeveralFilesIsNoFalseMerge()
    {
        var report = Scorer.Score("s", [File("a", false, [Expected("k")], Extracted("e1")), File("b", false, [Expected("k")], Extracted("e1"))]);
        Assert.Equal(0, report.FalseMerges);
    }
}
