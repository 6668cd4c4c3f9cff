using Timeline.Evaluation.Scoring;

namespace Timeline.Evaluation.Tests;

public class NameComparerTests
{
    [Theory]
    [InlineData("Wang Yi", "wang yi")]
    [InlineData("  WANG   Yi ", "wang yi")]
    [InlineData("José Raúl Mulino", "jose raul mulino")]
    [InlineData("Nguyễn Phú Trọng", "nguyen phu trong")]
    [InlineData("王毅", "王毅")]
    [InlineData(null, "")]
    public void NamesAreNormalizedIgnoringCaseDiacriticsAndSpacing(string? name, string expected) =>
        Assert.Equal(expected, NameComparer.Normalize(name));

    [Theory]
    [InlineData("Antony Blinken|Tony Blinken", "Tony Blinken", true)]
    [InlineData("Antony Blinken|Tony Blinken", "antony blinken", true)]
    [InlineData("Antony Blinken|Tony Blinken", "Blinken", false)]
    [InlineData("Jose Mujica", "José Mujica", true)]
    [InlineData("José Mujica", "Jose Mujica", true)]
    [InlineData("United States", "United States of America", false)]
    public void AGoldNameMatchesWhenAnyOfItsSpellingsIsAmongTheCandidates(string gold, string candidate, bool expected) =>
        Assert.Equal(expected, NameComparer.AnySpellingAmong(gold, ["Someone Else", candidate]));
}
