using static Timeline.Core.Tests.Merging.Claims;

namespace Timeline.Core.Tests.Merging;

public sealed class MergePlanTests
{
    private static readonly Guid E1 = EventId(1);
    private static readonly Guid E2 = EventId(2);

    [Fact]
    public void AFreshClaimJoinsTheStoredEventItMatchesAndThatEventIsReDerived()
    {
        var stored = Stored(E1, "a", Call("2025-07", "wang-yi"));

        var plan = MergePlan.Build("url:b", [Call("2025-07-11", "wang-yi")], [], [stored], Sequence(), Judge);

        Assert.Equal([E1], plan.FreshEventIds);
        var written = Assert.Single(plan.Events);
        Assert.Equal((E1, false, "2025-07-11"), (written.Id, written.IsNew, written.Derived.Date!.ToString()));
        Assert.Empty(plan.Moves);
        Assert.Empty(plan.DeletedEvents);
    }

    [Fact]
    public void AFreshClaimThatMatchesNothingGetsANewEvent()
    {
        var ids = Sequence();
        var expected = Sequence()();

        var plan = MergePlan.Build("url:b", [Call("2025-07-11", "wang-yi")], [], [Stored(E1, "a", Call("2025-07-11", "marco-rubio"))], ids, Judge);

        Assert.Equal([expected], plan.FreshEventIds);
        Assert.True(Assert.Single(plan.Events).IsNew);
    }

    [Fact]
    public void ARepostWhoseClaimStillMatchesKeepsTheEventItWasTheOnlySourceOf()
    {
        var previous = Stored(E1, "a", Call("2025-07-11", "wang-yi", "marco-rubio"));

        var plan = MergePlan.Build("url:a", [Call("2025-07-12", "wang-yi")], [previous], [], Sequence(), Judge);

        Assert.Equal([E1], plan.FreshEventIds);
        Assert.Empty(plan.DeletedEvents);
    }

    [Fact]
    public void RemovingTheOnlyClaimOfAnEventDeletesIt()
    {
        var plan = MergePlan.Build("url:a", [], [Stored(E1, "a", Call("2025-07-11", "wang-yi"))], [], Sequence(), Judge);

        Assert.Equal([E1], plan.DeletedEvents);
        Assert.Empty(plan.Events);
    }

    [Fact]
    public void RemovingTheClaimThatBridgedTwoDaysSplitsTheEventAndMovesOneSide()
    {
        var early = Stored(E1, "a", Call("2025-07-11", "wang-yi"));
        var late = Stored(E1, "c", Call("2025-07-13", "wang-yi"));
        var ids = Sequence();
        var expectedNew = Sequence()();

        var plan = MergePlan.Build("url:b", [], [Stored(E1, "b", Call("2025-07-12", "wang-yi"))], [early, late], ids, Judge);

        Assert.Equal([E1, expectedNew], plan.Events.Select(e => e.Id).Order());
        var move = Assert.Single(plan.Moves);
        Assert.Equal(E1, move.FromEventId);
        Assert.Equal(expectedNew, move.ToEventId);
    }

    [Fact]
    public void AClaimBridgingTwoEventsJoinsThemUnderOneOfTheirIds()
    {
        var early = Stored(E1, "a", Call("2025-07-11", "wang-yi"));
        var late = Stored(E2, "c", Call("2025-07-13", "wang-yi"));

        var plan = MergePlan.Build("url:b", [Call("2025-07-12", "wang-yi")], [], [early, late], Sequence(), Judge);

        Assert.Equal([E1], plan.FreshEventIds);
        Assert.Equal([E2], plan.DeletedEvents);
        Assert.Equal(new ClaimMove(ArticleId("c"), E2, E1), Assert.Single(plan.Moves));
    }

    [Fact]
    public void AnEventWhoseClaimsStayTheSameIsNotWritten()
    {
        // One article's two calls can never share an event; the fresh report joins the earlier one only.
        var first = Stored(E1, "a", Call("2025-07-11", "wang-yi"));
        var second = Stored(E2, "a", Call("2025-07-12", "wang-yi"));

        var plan = MergePlan.Build("url:b", [Call("2025-07-11", "wang-yi")], [], [first, second], Sequence(), Judge);

        Assert.Equal([E1], plan.Events.Select(e => e.Id));
        Assert.Empty(plan.Moves);
    }
}
