using static Timeline.Core.Tests.Merging.Claims;

namespace Timeline.Core.Tests.Merging;

/// <summary>Claims an editor pinned to events: the judge decides among the machine's claims only.</summary>
public sealed class PinnedClaimTests
{
    private static readonly Guid E1 = EventId(1);
    private static readonly Guid E2 = EventId(2);

    private static StoredClaim Pinned(Guid eventId, string article, Claim claim) => Stored(eventId, article, claim) with { Pinned = true };

    [Fact]
    public void ClaimsPinnedToTwoEventsStayApartThoughTheJudgeCallsThemTheSame()
    {
        // An editor split b out of a's event; a new report c matches both.
        var reached = new[] { Pinned(E1, "a", Call("2025-07-11", "wang-yi")), Pinned(E2, "b", Call("2025-07-11", "wang-yi")) };

        var plan = MergePlan.Build("url:c", [Call("2025-07-11", "wang-yi")], [], reached, Sequence(), Judge);

        Assert.Empty(plan.Moves);
        Assert.Empty(plan.DeletedEvents);
        Assert.Contains(plan.FreshEventIds[0], new[] { E1, E2 });
    }

    [Fact]
    public void ClaimsPinnedToOneEventStayTogetherThoughTheJudgeCallsThemDifferent()
    {
        // An editor merged a call of Wang Yi's with one of Rubio's; a re-post of another article re-clusters around them.
        var reached = new[] { Pinned(E1, "a", Call("2025-07-11", "wang-yi")), Pinned(E1, "b", Call("2025-07-12", "marco-rubio")) };

        var plan = MergePlan.Build("url:c", [Call("2025-07-12", "marco-rubio")], [], reached, Sequence(), Judge);

        Assert.Empty(plan.Moves);
        Assert.Equal([E1], plan.FreshEventIds);
        Assert.Empty(plan.DeletedEvents);
    }

    [Fact]
    public void AReextractedClaimThatStillMatchesKeepsItsPinAndItsEvent()
    {
        var previous = Pinned(E1, "a", Call("2025-07-11", "wang-yi", "marco-rubio"));

        var plan = MergePlan.Build("url:a", [Call("2025-07-11", "wang-yi", "marco-rubio") with { Title = "better title" }], [previous], [], Sequence(), Judge);

        Assert.Equal([E1], plan.FreshEventIds);
        Assert.Equal([true], plan.FreshPinned);
    }

    [Fact]
    public void AnEditorsMonthEventTakesANewReportOfADayInIt()
    {
        var month = Pinned(E1, "a", Call("2025-07", "wang-yi", "marco-rubio"));

        var plan = MergePlan.Build("url:b", [Call("2025-07-11", "wang-yi", "marco-rubio")], [], [month], Sequence(), Judge);

        Assert.Equal([E1], plan.FreshEventIds);
        Assert.Equal([false], plan.FreshPinned);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void ClusteringWithPinsIsAFunctionOfTheSetOfClaims(int seed)
    {
        KeyedClaim[] claims =
        [
            new("url:a", Call("2025-07-11", "wang-yi"), E1),
            new("url:b", Call("2025-07-12", "wang-yi"), E2),
            new("url:c", Call("2025-07-11", "wang-yi")),
            new("url:d", Call("2025-07", "wang-yi")),
            new("url:e", Call("2025-07-13", "wang-yi", "marco-rubio")),
        ];
        var random = new Random(seed);
        var shuffled = claims.OrderBy(_ => random.Next()).ToArray();

        string Describe(IReadOnlyList<KeyedClaim> input) => string.Join(" / ", ClaimClustering.Cluster(input, Judge)
            .Select(g => string.Join(",", g.Select(i => input[i].ArticleKey).Order(StringComparer.Ordinal)))
            .Order(StringComparer.Ordinal));

        Assert.Equal(Describe(claims), Describe(shuffled));
        Assert.DoesNotContain(ClaimClustering.Cluster(claims, Judge), g => g.Contains(0) && g.Contains(1));
    }
}
