using static Timeline.Core.Tests.Merging.Claims;

namespace Timeline.Core.Tests.Merging;

public sealed class MergeScopeTests
{
    [Fact]
    public void ReachFollowsChainsOfCompatibleClaimsAndStopsAtIncompatibleOnes()
    {
        StoredClaim[] candidates =
        [
            Stored(EventId(1), "a", Call("2025-07-11", "wang-yi")),
            Stored(EventId(1), "b", Call("2025-07-12", "wang-yi")),
            Stored(EventId(1), "c", Call("2025-07-13", "wang-yi")),
            Stored(EventId(2), "d", Call("2025-07-11", "marco-rubio")),
            Stored(EventId(3), "e", Call("2025-07-15", "wang-yi")),
        ];

        var reached = MergeScope.Reach([Call("2025-07-10", "wang-yi")], [], candidates, Judge);

        Assert.Equal(["url:a", "url:b", "url:c"], reached.Select(r => r.ArticleKey).Order());
    }

    [Fact]
    public void ReachTakesEveryClaimOfAReachedEventEvenAnIncompatibleOne()
    {
        StoredClaim[] candidates =
        [
            Stored(EventId(1), "a", Call("2025-07-11", "wang-yi")),
            Stored(EventId(1), "b", Call("2025-07-30", "marco-rubio")),
        ];

        Assert.Equal(2, MergeScope.Reach([Call("2025-07-11", "wang-yi")], [], candidates, Judge).Count);
    }

    [Fact]
    public void ThePreviousClaimsOfAnArticleReachTheirEventsSoThoseCanSplit()
    {
        var previous = Stored(EventId(1), "x", Call("2025-07-12", "wang-yi"));
        StoredClaim[] candidates = [Stored(EventId(1), "a", Call("2025-07-11", "wang-yi")), Stored(EventId(1), "c", Call("2025-07-13", "wang-yi"))];

        Assert.Equal(2, MergeScope.Reach([], [previous], candidates, Judge).Count);
    }

    [Fact]
    public void ClaimsOfAnotherFamilyAreNotReachedOnTheSameDay() =>
        Assert.Empty(MergeScope.Reach(
            [Call("2025-07-11", "wang-yi")], [], [Stored(EventId(1), "a", Claims.Of("tariff", "163", "2025-07-11", "wang-yi"))], Judge));
}
