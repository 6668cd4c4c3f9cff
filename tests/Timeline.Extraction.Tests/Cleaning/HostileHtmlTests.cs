using System.Text;
using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Model;
using Timeline.Testing;

namespace Timeline.Extraction.Tests.Cleaning;

/// <summary>Pages built to make an HTML tree builder slow, deep or huge still give their text, quickly.</summary>
public class HostileHtmlTests
{
    // The depth at which the reader stops building a tree (Cleaning/HtmlParseGuard.MaxOpenElements).
    private const int MaxOpenElements = 512;

    private const string Sentence = "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken on Monday in Beijing.";

    [Theory]
    [InlineData("<div>", 200_000)]
    [InlineData("<article><p>Wang Yi spoke.</p>", 30_000)]
    [InlineData("<span><i>", 100_000)]
    public void APageNestedFarBeyondBrowserDepthsIsReadAsTextWithoutOverflowingTheStack(string opening, int times)
    {
        var page = "<html><head><title>Deep</title></head><body>" + string.Concat(Enumerable.Repeat(opening, times)) + Sentence;

        CleanedArticle cleaned = null!;
        var processorTime = ThreadCpu.Measure(() => cleaned = ArticleCleaner.Clean(new ArticleInput(null, page)));

        Assert.EndsWith(Sentence, cleaned.Text);
        // A tree builder takes minutes on this page (its cost grows with size times depth); reading it as tokens, well under a second.
        Assert.True(processorTime < TimeSpan.FromSeconds(5), $"took {processorTime} of processor time");
    }

    [Fact]
    public void UnclosedFormattingElementsReCreatedInEveryBlockDoNotMultiplyThePage()
    {
        // Each unclosed <b> differs in an attribute, so the parser re-creates all of them inside every later block.
        var page = new StringBuilder("<html><body><div>");
        for (var i = 0; i < 200; i++)
        {
            page.Append($"<b class=c{i}>");
        }

        page.Append("</div>");
        for (var i = 0; i < 20_000; i++)
        {
            page.Append("<div>x</div>");
        }

        page.Append("<p>").Append(Sentence).Append("</p></body></html>");

        CleanedArticle cleaned = null!;
        var processorTime = ThreadCpu.Measure(() => cleaned = ArticleCleaner.Clean(new ArticleInput(null, page.ToString())));

        Assert.EndsWith(Sentence, cleaned.Text);
        Assert.True(processorTime < TimeSpan.FromSeconds(5), $"took {processorTime} of processor time");
    }

    [Fact]
    public void ATooDeepPageLosesItsScriptsAndNavigationButKeepsItsParagraphs()
    {
        var page = "<html><head><title>Deep</title><script>var x = '<p>not text</p>';</script></head><body><nav><ul><li>Home</li></ul></nav>"
            + string.Concat(Enumerable.Repeat("<div>", MaxOpenElements + 1))
            + "<p>First paragraph &amp; more.</p><p>Second<br>line.</p><style>p { color: red }</style></body></html>";

        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, page));

        Assert.Equal("First paragraph & more.\n\nSecond\nline.", cleaned.Text);
        Assert.Null(cleaned.Title);
    }

    [Fact]
    public void APageNestedWithinBrowserDepthsIsReadAsATree()
    {
        var depth = MaxOpenElements - 10;
        var page = "<html><head><title>Nested</title></head><body>" + string.Concat(Enumerable.Repeat("<div>", depth))
            + $"<p>{Sentence}</p><nav>Home</nav>" + string.Concat(Enumerable.Repeat("</div>", depth)) + "</body></html>";

        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, page));

        Assert.Equal(("Nested", Sentence), (cleaned.Title, cleaned.Text));
    }

    [Fact]
    public void ACancelledTokenStopsTheParse()
    {
        var page = string.Concat(Enumerable.Repeat("<p>Wang Yi met Antony Blinken.</p>", 10_000));

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleCleaner.Clean(new ArticleInput(null, page), new CancellationToken(canceled: true)));
    }
}
