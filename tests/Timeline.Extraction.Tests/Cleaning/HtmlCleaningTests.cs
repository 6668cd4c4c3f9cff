using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Cleaning;

public class HtmlCleaningTests
{
    private const string Page = """
        <html><head>
          <title>Envoys meet | Example News</title>
          <meta property="og:title" content="Envoys meet in Rome" />
          <meta property="og:site_name" content="Example News" />
          <meta property="article:published_time" content="2025-05-23T22:30:00-04:00" />
        </head><body>
          <header><nav><a href="/">Home</a> <a href="/world">World</a></nav></header>
          <div class="share-bar">Share on Facebook</div>
          <article>
            <h1>Envoys meet in Rome</h1>
            <p>The envoys met in Rome on Tuesday.</p>
            <figure><img src="a.jpg" /><figcaption>The envoys shake hands in Rome.</figcaption></figure>
            <p>They agreed to <b>talk again</b>.</p>
            <script>var tracking = 1;</script>
          </article>
          <aside>Most read: something else</aside>
          <div id="comments"><p>Great article!</p></div>
          <footer>All rights reserved</footer>
        </body></html>
        """;

    [Fact]
    public void TakesTheArticleBodyWithParagraphsAndWithoutFurniture()
    {
        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, Page));

        Assert.Equal("Envoys meet in Rome\n\nThe envoys met in Rome on Tuesday.\n\nThe envoys shake hands in Rome.\n\nThey agreed to talk again.", cleaned.Text);
    }

    [Fact]
    public void MarksFigureCaptionsAsCaptions()
    {
        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, Page));

        var span = Assert.Single(cleaned.Captions);
        Assert.Equal("The envoys shake hands in Rome.", cleaned.Text[span.Start..span.End]);
    }

    [Fact]
    public void ReadsOpenGraphMetadata()
    {
        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, Page));

        Assert.Equal(("Envoys meet in Rome", "Example News", new DateOnly(2025, 5, 23)), (cleaned.Title, cleaned.Publisher, cleaned.PublishedAt));
    }

    [Fact]
    public void RequestMetadataWinsOverPageMetadata()
    {
        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, Page, Title: "Given title", Publisher: "Given outlet", PublishedAt: new DateOnly(2025, 5, 24)));

        Assert.Equal(("Given title", "Given outlet", new DateOnly(2025, 5, 24)), (cleaned.Title, cleaned.Publisher, cleaned.PublishedAt));
    }

    [Fact]
    public void ReadsJsonLdNewsArticleMetadata()
    {
        const string page = """
            <html><head><title>Fallback title</title>
            <script type="application/ld+json">
              {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"x"},
               {"@type":"NewsArticle","headline":"Ministers talk trade","datePublished":"2022-11-02T08:00:00Z",
                "publisher":{"@type":"Organization","name":"Daily Example"}}]}
            </script></head>
            <body><main><p>The ministers talked about trade on Monday.</p></main></body></html>
            """;

        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, page));

        Assert.Equal(("Ministers talk trade", "Daily Example", new DateOnly(2022, 11, 2)), (cleaned.Title, cleaned.Publisher, cleaned.PublishedAt));
        Assert.Equal("The ministers talked about trade on Monday.", cleaned.Text);
    }

    [Fact]
    public void FallsBackToTimeElementAndTitleAndTheDensestBlock()
    {
        const string page = """
            <html><head><title>Ministers talk trade</title></head><body>
            <div class="top"><a href="/">Home</a></div>
            <div class="content"><time datetime="2021-11-16">Nov 16</time>
              <p>The presidents met virtually on Monday night.</p>
              <p>They discussed trade and Taiwan.</p></div>
            <div class="bottom"><p>Short.</p></div>
            </body></html>
            """;

        var cleaned = ArticleCleaner.Clean(new ArticleInput(null, page));

        Assert.Equal(("Ministers talk trade", new DateOnly(2021, 11, 16)), (cleaned.Title, cleaned.PublishedAt));
        Assert.Equal("Nov 16\n\nThe presidents met virtually on Monday night.\n\nThey discussed trade and Taiwan.", cleaned.Text);
    }
}
