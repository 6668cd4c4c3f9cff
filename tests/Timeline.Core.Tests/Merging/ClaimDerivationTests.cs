using Timeline.Extraction.Model;

namespace Timeline.Core.Tests.Merging;

public sealed class ClaimDerivationTests
{
    private static Claim At(string date, string? location = null, string title = "t") => new(
        "call", "041", EventDate.TryParse(date, out var d) ? d : null, location, [new ClaimActor("wang-yi", "person", null)], title, "s", 0.5, []);

    [Fact]
    public void TheFinestDateWins() =>
        Assert.Equal("2025-05-22", ClaimDerivation.Derive([At("2025"), At("2025-05"), At("2025-05-22")]).Date!.ToString());

    [Fact]
    public void AmongConflictingDaysTheMostCommonWins() =>
        Assert.Equal("2022-10-31", ClaimDerivation.Derive([At("2022-10-30"), At("2022-10-31"), At("2022-10-31")]).Date!.ToString());

    [Fact]
    public void ATieBetweenDaysGoesToTheEarliest() =>
        Assert.Equal("2022-10-30", ClaimDerivation.Derive([At("2022-10-31"), At("2022-10-30")]).Date!.ToString());

    [Fact]
    public void TheResultDoesNotDependOnClaimOrder()
    {
        Claim[] claims = [At("2022-10-31", "Bali", "b"), At("2022-10-30", null, "a"), At("2022-10", "Bali", "c")];

        var forward = ClaimDerivation.Derive(claims);
        var backward = ClaimDerivation.Derive(claims.Reverse().ToArray());

        Assert.Equal((forward.Date, forward.Location, forward.Title), (backward.Date, backward.Location, backward.Title));
        Assert.Equal(("2022-10-30", "Bali", "a"), (forward.Date!.ToString(), forward.Location, forward.Title));
    }
}
