using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>A date written without its year or week is placed by the tense of its clause, else at the nearest reading.</summary>
public class DirectionalResolutionTests
{
    private static string? Resolve(string sentence, string anchor) =>
        Assert.Single(WrittenDates.Resolve(sentence, new DocumentDate(EventDate.Day(DateOnly.Parse(anchor, System.Globalization.CultureInfo.InvariantCulture)), DocumentDateRule.PublishedAt)))
            .Reading.Date?.ToString();

    [Theory]
    // Anchor Sunday 2025-02-16.
    [InlineData("The two envoys will meet on March 12 in Rome.", "2025-02-16", "2025-03-12")]
    [InlineData("The two envoys met on March 12 in Rome.", "2025-02-16", "2024-03-12")]
    [InlineData("Envoys to meet March 12 in Rome.", "2025-02-16", "2025-03-12")]
    [InlineData("The two envoys met on February 2 in Rome.", "2025-02-16", "2025-02-02")]
    [InlineData("The curbs are due to expire in December.", "2025-02-16", "2025-12")]
    [InlineData("The curbs expired in December.", "2025-02-16", "2024-12")]
    [InlineData("The curbs lapse in March.", "2025-02-16", "2025-03")]
    [InlineData("The next round is due on the 20th.", "2025-02-16", "2025-02-20")]
    [InlineData("The rules took effect on the 20th.", "2025-02-16", "2025-01-20")]
    // Anchor Wednesday 2025-05-21.
    [InlineData("The two sides will talk on Thursday.", "2025-05-21", "2025-05-22")]
    [InlineData("The two sides talked on Thursday.", "2025-05-21", "2025-05-15")]
    [InlineData("Talks resume Thursday in Geneva.", "2025-05-21", "2025-05-22")]
    [InlineData("Talks resume Monday in Geneva.", "2025-05-21", "2025-05-19")]
    [InlineData("The talks on Wednesday covered chips.", "2025-05-21", "2025-05-21")]
    [InlineData("The ministry said Thursday it will respond.", "2025-05-21", "2025-05-15")]
    [InlineData("The envoys will meet this weekend in London.", "2025-05-21", "2025-05")]
    public void TheClausesTenseChoosesPastOrFuture(string sentence, string anchor, string expected)
    {
        Assert.Equal(expected, Resolve(sentence, anchor));
    }

    [Fact]
    public void AnUnknownDirectionTiesToThePast()
    {
        // Anchor Wednesday 2025-05-21: a Sunday is 3 days back and 4 ahead; a Saturday 4 back and 3 ahead.
        Assert.Equal("2025-05-18", Resolve("Talks in Geneva on Sunday.", "2025-05-21"));
        Assert.Equal("2025-05-24", Resolve("Talks in Geneva on Saturday.", "2025-05-21"));
    }
}
