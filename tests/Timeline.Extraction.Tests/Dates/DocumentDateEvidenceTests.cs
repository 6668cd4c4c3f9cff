using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>An article without a date is dated from what its own words say, read with their tense.</summary>
public class DocumentDateEvidenceTests
{
    private static DocumentDate Infer(string text)
    {
        var article = ArticleCleaner.Clean(new ArticleInput(text, null));
        return DocumentDateInferrer.Infer(article, SentenceSplitter.Split(article.Text, article.Captions), []);
    }

    [Theory]
    [InlineData("The two sides signed a trade pact in 2019. Both have since accused the other of breaking it.", "2019")]
    [InlineData("The 2018 tariffs hurt farmers, who lost markets. Officials met again on Monday.", "2018")]
    [InlineData("Exports slowed in the third quarter of 2023, officials said. The ministry blamed demand.", "2023")]
    public void AYearWrittenInAPastClauseBoundsTheDocumentFromBelow(string text, string expected)
    {
        var date = Infer(text);

        Assert.Equal((expected, DocumentDateRule.LatestMentionedDate), (date.Date?.ToString(), date.Rule));
    }

    [Theory]
    [InlineData("The city will host the 2028 Games, officials said on Monday.")]
    [InlineData("The two sides will meet again in 2030 to review the pact.")]
    [InlineData("The ministry said it will review the rules by 2027.")]
    public void AYearTheTextLooksAheadToDoesNotDateIt(string text)
    {
        Assert.Equal((null, DocumentDateRule.None), (Infer(text).Date, Infer(text).Rule));
    }

    [Fact]
    public void AFutureDayDoesNotRaiseTheBoundSetByAPastOne()
    {
        var date = Infer("The envoys met on March 3, 2022 in Rome. They will meet again on June 9, 2024 in Paris.");

        Assert.Equal("2022-03-03", date.Date?.ToString());
    }

    [Fact]
    public void AMonthDayWithItsWeekdayPicksTheYearWithinTheBound()
    {
        // The talks of 2021 bound it from below; Thursday, Oct. 26 fits 2023 and no year before 2029 after it.
        var date = Infer("The last talks were held in 2021. On Thursday, Oct. 26, the ministers met again in Beijing.");

        Assert.Equal(("2023-10-26", DocumentDateRule.LatestMentionedDate), (date.Date?.ToString(), date.Rule));
    }
}
