using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Cleaning;

public class TextCleaningTests
{
    private const string Before = "The envoys met in Rome on Tuesday.";
    private const string After = "They agreed to talk again.";

    private static CleanedArticle Clean(string text) => ArticleCleaner.Clean(new ArticleInput(text, null));

    [Theory]
    [InlineData("Menu")]
    [InlineData("Search")]
    [InlineData("Close")]
    [InlineData("Home » News » World")]
    [InlineData("  |   Politics")]
    [InlineData("• Market Data")]
    [InlineData("Table of Contents")]
    [InlineData("Leave a Reply")]
    [InlineData("Your email address will not be published. Required fields are marked *")]
    [InlineData("Sign up for our morning briefing")]
    [InlineData("Like this article ? Spread the word ...")]
    [InlineData("Recent Comments:")]
    [InlineData("0 Comments")]
    [InlineData("12 comments")]
    [InlineData("whatsapp")]
    [InlineData("Facebook")]
    [InlineData("Advertisement")]
    [InlineData("scroll to top")]
    [InlineData("We use cookies to improve your experience on our site.")]
    [InlineData("Reading Time: < 1 minute")]
    [InlineData("Ana Souza | AFP | Getty Images")]
    [InlineData("5f1e2d3c4b5a69788796a5b4.jpeg")]
    [InlineData("Skip to main content")]
    [InlineData("(Web editor: Li Ming)")]
    public void DropsPageFurnitureLines(string furniture)
    {
        var cleaned = Clean($"{Before}\n\n{furniture}\n\n{After}");

        Assert.Equal($"{Before}\n\n{After}", cleaned.Text);
    }

    [Theory]
    [InlineData("Flags flutter outside a hotel in Beijing, Jan 21, 2021. [Photo/Agencies]")]
    [InlineData("Xi shakes hands with a visiting minister in Beijing. (Xinhua/Wang Ye)")]
    [InlineData("Xi greets a visiting minister in Beijing, capital of China. (Xinhua")]
    [InlineData("Photo: Reuters")]
    [InlineData("The summit hall. Source: Example.org, CC BY 4.0, via Wikimedia Commons")]
    [InlineData("In this photo released by the ministry, the minister speaks.")]
    [InlineData("The secretary (left) shakes hands with the premier.")]
    public void KeepsPhotoCaptionsButMarksThem(string caption)
    {
        var cleaned = Clean($"{Before}\n\n{caption}\n\n{After}");

        var span = Assert.Single(cleaned.Captions);
        Assert.Equal(caption, cleaned.Text[span.Start..span.End]);
    }

    [Fact]
    public void ALineFollowedByAPhotoCreditIsACaptionAndTheCreditIsDropped()
    {
        const string caption = "The new ambassador attends his swearing-in at the White House on May 7, 2025.";

        var cleaned = Clean($"{Before}\n{caption}\nJane Roe | Reuters\n{After}");

        Assert.Equal($"{Before}\n{caption}\n{After}", cleaned.Text);
        var span = Assert.Single(cleaned.Captions);
        Assert.Equal(caption, cleaned.Text[span.Start..span.End]);
    }

    [Fact]
    public void StoryLinesAreNotCaptions()
    {
        Assert.Empty(Clean($"{Before}\n\n{After}").Captions);
    }

    [Fact]
    public void ARepeatedHeadlineIsKeptOnce()
    {
        var cleaned = Clean($"Envoys Meet In Rome\n\nEnvoys Meet In Rome\n\n{Before}");

        Assert.Equal($"Envoys Meet In Rome\n\n{Before}", cleaned.Text);
    }

    [Fact]
    public void TheRestOfASignUpPromptOnTheNextLineIsDroppedToo()
    {
        var cleaned = Clean($"{Before}\n\nSign up for daily updates for the most important\nstories unfolding in the world.");

        Assert.Equal(Before, cleaned.Text);
    }

    [Fact]
    public void AScraperDatePrefixBecomesItsOwnLine()
    {
        var cleaned = Clean($" date 2023-06-19 Envoys Meet In Rome\n{Before}");

        Assert.Equal($"date 2023-06-19\nEnvoys Meet In Rome\n{Before}", cleaned.Text);
    }

    [Fact]
    public void WhitespaceIsNormalizedAndParagraphBreaksKept()
    {
        var cleaned = Clean("  The envoys\u00A0 met   in Rome.  \r\n\r\n\r\n\tThey agreed. \r\nThen they left.");

        Assert.Equal("The envoys met in Rome.\n\nThey agreed.\nThen they left.", cleaned.Text);
    }

    [Fact]
    public void RequestMetadataIsKeptAndLanguageDefaultsToEnglish()
    {
        var cleaned = ArticleCleaner.Clean(new ArticleInput(Before, null, Title: "Envoys meet", Publisher: "Example News", PublishedAt: new DateOnly(2025, 5, 23)));

        Assert.Equal(("Envoys meet", "Example News", new DateOnly(2025, 5, 23), "en"), (cleaned.Title, cleaned.Publisher, cleaned.PublishedAt, cleaned.Language));
    }
}
