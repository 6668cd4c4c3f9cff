using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction.Tests.Dates;

public class DocumentDateInferrerTests
{
    private static readonly DateRange SecretaryBlinken = new(new DateOnly(2021, 1, 26), new DateOnly(2025, 1, 20));

    private static DocumentDate Infer(string text, DateOnly? publishedAt = null, params DateRange[] windows)
    {
        var article = ArticleCleaner.Clean(new ArticleInput(text, null, PublishedAt: publishedAt));
        return DocumentDateInferrer.Infer(article, SentenceSplitter.Split(article.Text, article.Captions), windows.Select(w => (IReadOnlyList<DateRange>)[w]).ToList());
    }

    [Fact]
    public void PublishedAtWinsOverEverythingInTheText()
    {
        var date = Infer("BEIJING, June 19, 2023 (Xinhua) -- Xi met Blinken.", new DateOnly(2023, 6, 20));

        Assert.Equal((EventDate.Day(new DateOnly(2023, 6, 20)), DocumentDateRule.PublishedAt), (date.Date, date.Rule));
    }

    [Theory]
    [InlineData(" date 2023-06-19 Envoys Meet In Beijing\nThe two envoys met in the capital for talks on trade.", "2023-06-19")]
    [InlineData("Envoys Meet\nMay 23, 2025, 5:30 a.m.\n\nThe two envoys held a phone call on Thursday about trade.", "2025-05-23")]
    [InlineData("BEIJING, June 19, 2023 (Xinhua) -- The two envoys met in the capital for talks on trade.", "2023-06-19")]
    [InlineData("FOR IMMEDIATE RELEASE | Friday, October 7, 2022 | Media Contact: press office\n\nThe department issued new rules on chips.", "2022-10-07")]
    [InlineData("05.08.2022, Sputnik International\n\nThe ministry announced measures against the speaker.", "2022-08-05")]
    [InlineData("Talks Resume\n\nNovember 2, 2022\n\nBEIJING – The two diplomats talked on Monday about ties.", "2022-11-02")]
    public void ReadsADatelineOrBylineNearTheTop(string text, string expected)
    {
        var date = Infer(text);

        Assert.Equal((expected, DocumentDateRule.Dateline), (date.Date?.ToString(), date.Rule));
    }

    [Fact]
    public void ADateInsideANarrativeSentenceAtTheTopIsNotADateline()
    {
        var date = Infer("The two envoys, who first met in Washington years ago, held talks on June 19, 2023 about trade and technology.");

        Assert.Equal(("2023-06-19", DocumentDateRule.LatestMentionedDate), (date.Date?.ToString(), date.Rule));
    }

    [Fact]
    public void ADatelineWithoutAYearTakesTheEarliestYearNotBeforeTheLatestMentionedDate()
    {
        var date = Infer("Washington/Beijing, Oct 31 (EFE).- The diplomats spoke by phone.\n\nThe two had last met on March 3, 2022 in Rome.");

        Assert.Equal(("2022-10-31", DocumentDateRule.Dateline), (date.Date?.ToString(), date.Rule));
    }

    [Fact]
    public void ADatelineWithoutAYearStaysInsideTheActorWindows()
    {
        var date = Infer("Washington/Beijing, Oct 31 (EFE).- Secretary of State Antony Blinken spoke with Wang Yi.", null, SecretaryBlinken);

        Assert.Equal(("2021-10-31", DocumentDateRule.Dateline), (date.Date?.ToString(), date.Rule));
    }

    [Fact]
    public void TheLatestAbsoluteDateMentionedGivesTheYear()
    {
        var date = Infer(
            "The two sides issued a rare statement after their talks, which followed months of tension over trade.\n\n" +
            "The last joint statement came in November 2023 and the one before on March 3, 2021.");

        Assert.Equal((EventDate.Year(2023), DocumentDateRule.LatestMentionedDate), (date.Date, date.Rule));
    }

    [Fact]
    public void AReferenceEventInsideTheActorWindowGivesTheYear()
    {
        var date = Infer(
            "Secretary of State Antony Blinken met Xi Jinping on Monday in Beijing.\n\n" +
            "The visit came after he attended the G7 summit in Britain, where leaders criticized China.",
            null,
            SecretaryBlinken);

        Assert.Equal((EventDate.Year(2021), DocumentDateRule.ReferenceEvent), (date.Date, date.Rule));
    }

    [Fact]
    public void AnAmbiguousReferenceEventWithoutActorWindowsGivesNoDate()
    {
        var date = Infer("The visit came after he attended the G7 summit in Britain, where leaders criticized China.");

        Assert.Equal((null, DocumentDateRule.None), (date.Date, date.Rule));
    }

    [Fact]
    public void AnInaugurationReferenceBoundsTheYear()
    {
        var date = Infer("It was the first high-level engagement between the two countries since President Joe Biden took office.");

        Assert.Equal((EventDate.Year(2021), DocumentDateRule.ReferenceEvent), (date.Date, date.Rule));
    }

    [Theory]
    [InlineData("Trump accused China of breaking last month's trade talks in Geneva, officials said.", "2025-06")]
    [InlineData("After the trade talks in Geneva earlier this month, both sides cut tariffs.", "2025-05")]
    [InlineData("It was the highest-level contact since the 20th National Congress was held last month.", "2022-11")]
    public void AReferenceEventWithARelativeMonthPinsTheDocumentMonth(string text, string expected)
    {
        var date = Infer(text);

        Assert.Equal((expected, DocumentDateRule.ReferenceEvent), (date.Date?.ToString(), date.Rule));
    }

    [Fact]
    public void AnArticleWithoutClueHasNoDate()
    {
        var date = Infer("Officials from both countries spoke on Tuesday about trade and technology.");

        Assert.Equal((null, DocumentDateRule.None), (date.Date, date.Rule));
    }
}
