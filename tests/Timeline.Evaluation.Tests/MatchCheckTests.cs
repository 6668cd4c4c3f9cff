using Timeline.Evaluation.Scoring;
using static Timeline.Evaluation.Tests.Builders;

namespace Timeline.Evaluation.Tests;

public class MatchCheckTests
{
    public static TheoryData<string, string, string, int, string?, string?, string[], bool> Cases => new()
    {
        // name, gold date, gold type, tolerance, system date, system type, system participants, matches
        { "identical", "2022-10-31", "call", 0, "2022-10-31", "call", ["Wang Yi", "Antony Blinken"], true },
        { "more participants than gold", "2022-10-31", "call", 0, "2022-10-31", "call", ["Wang Yi", "Antony Blinken", "Xi Jinping"], true },
        { "a gold participant missing", "2022-10-31", "call", 0, "2022-10-31", "call", ["Wang Yi"], false },
        { "other type", "2022-10-31", "call", 0, "2022-10-31", "meeting", ["Wang Yi", "Antony Blinken"], false },
        { "alternative type", "2022-10-31", "meeting|call", 0, "2022-10-31", "call", ["Wang Yi", "Antony Blinken"], true },
        { "type case", "2022-10-31", "call", 0, "2022-10-31", "Call", ["Wang Yi", "Antony Blinken"], true },
        { "no type", "2022-10-31", "call", 0, "2022-10-31", null, ["Wang Yi", "Antony Blinken"], false },
        { "inside tolerance", "2022-10-31", "call", 1, "2022-10-30", "call", ["Wang Yi", "Antony Blinken"], true },
        { "outside tolerance", "2022-10-31", "call", 1, "2022-10-29", "call", ["Wang Yi", "Antony Blinken"], false },
        { "day inside gold month", "2022-10", "call", 0, "2022-10-31", "call", ["Wang Yi", "Antony Blinken"], true },
        { "month around gold day", "2022-10-31", "call", 3, "2022-10", "call", ["Wang Yi", "Antony Blinken"], false },
        { "no date", "2022-10-31", "call", 3, null, "call", ["Wang Yi", "Antony Blinken"], false },
        { "diacritics and case", "2022-10-31", "call", 0, "2022-10-31", "call", ["WANG YI", "Antóny Blinken"], true },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ASystemEventMatchesWhenTypeParticipantsAndDateAllFit(
        string name, string goldDate, string goldType, int tolerance, string? date, string? type, string[] participants, bool matches)
    {
        var check = MatchCheck.Compare(
            Expected(date: goldDate, type: goldType, tolerance: tolerance),
            Extracted(date: date, type: type, participants: participants));
        Assert.True(matches == check.IsMatch, $"{name}: expected match={matches}, got {check}");
    }

    [Theory]
    [InlineData("2025-05", "2025-05", true)]
    [InlineData("2025-05", "2025-05-22", false)]
    [InlineData("2025-05-22", "2025-05-22", true)]
    [InlineData("2025-05-22", "2025-05-23", false)]
    public void TheDateIsExactOnlyAtTheSameValueAndPrecision(string goldDate, string systemDate, bool exact)
    {
        var check = MatchCheck.Compare(Expected(date: goldDate, tolerance: 1), Extracted(date: systemDate));
        Assert.True(check.IsMatch);
        Assert.Equal(exact, check.ExactDate);
    }

    [Fact]
    public void AFailedCheckExplainsEachCriterionThatFailed()
    {
        var check = MatchCheck.Compare(Expected(date: "2022-10-31"), Extracted(date: "2022-12-01", type: "meeting", participants: ["Wang Yi"]));
        Assert.Equal("type differs; missing Antony Blinken; date outside tolerance", check.Explain());
    }
}
