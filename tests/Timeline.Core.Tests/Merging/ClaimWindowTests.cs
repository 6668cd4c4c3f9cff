using static Timeline.Core.Tests.Merging.Claims;

namespace Timeline.Core.Tests.Merging;

public sealed class ClaimWindowTests
{
    [Theory]
    [InlineData("2025-07-15", "encounter|2025-07")]
    [InlineData("2025-07-31", "encounter|2025-07 encounter|2025-08")]
    [InlineData("2025-07-01", "encounter|2025-06 encounter|2025-07")]
    [InlineData("2025-07", "encounter|2025-06 encounter|2025-07 encounter|2025-08")]
    [InlineData("-", "encounter|undated")]
    public void AWindowLocksEveryMonthItsDaysTouchWithinItsFamily(string date, string buckets) =>
        Assert.Equal(buckets, string.Join(" ", ClaimWindow.Of(Call(date, "wang-yi")).Buckets()));

    [Fact]
    public void AYearClaimLocksFourteenMonths() =>
        Assert.Equal(14, ClaimWindow.Of(Call("2025", "wang-yi")).Buckets().Count());

    [Fact]
    public void TheWindowReachesOneDayOfSlackOnEachSide()
    {
        var window = ClaimWindow.Of(Call("2025-07-11", "wang-yi"));

        Assert.Equal((new DateOnly(2025, 7, 10), new DateOnly(2025, 7, 12)), (window.From, window.To));
        Assert.True(window.Touches(Call("2025-07-12", "x")));
        Assert.False(window.Touches(Call("2025-07-13", "x")));
        Assert.True(window.Touches(Call("2025-07", "x")));
        Assert.False(window.Touches(Call("-", "x")));
    }

    [Fact]
    public void ReadWindowsThatTouchCoverTheDaysBetweenThem()
    {
        var read = new WindowSet();
        read.Add(ClaimWindow.Of(Call("2025-07-11", "x")));
        read.Add(ClaimWindow.Of(Call("2025-07-14", "x")));

        Assert.True(read.Covers(ClaimWindow.Of(Call("2025-07-12", "x"))));
        Assert.False(read.Covers(ClaimWindow.Of(Call("2025-07-15", "x"))));
        Assert.False(read.Covers(ClaimWindow.Of(Claims.Of("tariff", "163", "2025-07-12", "x"))));
        Assert.Single(read.All);
    }
}
