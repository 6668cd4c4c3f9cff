using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Articles;

/// <summary>Round trips through the real extractor on the project's seed articles.</summary>
public sealed class IngestionTests(TimelineFixture fixture) : DatabaseTest(fixture)
{
    /// <summary>The text of a seed article from the project's sample data (samples/articles).</summary>
    private static string Seed(string prefix)
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Timeline.sln")))
        {
            directory = directory.Parent;
        }

        var samples = Path.Combine(directory!.FullName, "samples", "articles");
        var json = File.ReadAllText(Directory.GetFiles(samples, $"{prefix}_*.json").Single());
        return System.Text.Json.JsonDocument.Parse(json).RootElement.GetProperty("text").GetString()!;
    }

    [Fact]
    public async Task PostingSeed001StoresTheMaZhaoxuLandauCallAndServesItBack()
    {
        var response = await Fixture.Writer().PostTextAsync(Seed("001"), "https://seed.example/001", publishedAt: "2025-05-23");

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var article = await response.JsonAsync();
        Assert.Equal($"/api/v1/articles/{article.Str("id")}", response.Headers.Location?.OriginalString);
        var calls = await Fixture.Reader().EventsAsync("&type=call&actor=ma-zhaoxu&actor=christopher-landau");
        var call = Assert.Single(calls);
        Assert.Equal("2025-05-22", call.Str("date"));
        Assert.Equal(article.Str("id"), Assert.Single(call!["sources"]!.AsArray()).Str("articleId"));
        Assert.Contains(article["events"]!.AsArray(), e => e.Str("id") == call.Str("id"));
    }

    [Fact]
    public async Task RepostingTheSameArticleAnswersOkWithTheStoredArticle()
    {
        var first = await Fixture.Writer().PostTextAsync(Seed("001"));
        var second = await Fixture.Writer().PostTextAsync(Seed("001"));

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal((await first.JsonAsync()).Str("id"), (await second.JsonAsync()).Str("id"));
    }

    [Fact]
    public async Task EightIdenticalConcurrentPostsStoreOneArticle()
    {
        var text = Seed("002");
        var responses = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => Fixture.Writer().PostTextAsync(text, "https://seed.example/002")));

        Assert.Equal(1, responses.Count(r => r.StatusCode == HttpStatusCode.Created));
        Assert.Equal(7, responses.Count(r => r.StatusCode == HttpStatusCode.OK));
        var page = await (await Fixture.Reader().GetAsync("/api/v1/articles")).JsonAsync();
        Assert.Single(page["items"]!.AsArray());
    }

    [Fact]
    public async Task AnArticlesEventsOfOneDayComeInTheOrderTheArticleTellsThem()
    {
        const string text = """
            WASHINGTON, March 4, 2025 - China's Ministry of Commerce on Tuesday announced export controls on gallium and germanium shipped to the United States.
            Hours earlier on Tuesday, US President Donald Trump raised tariffs on all Chinese goods to 20 percent.
            Also on Tuesday, Chinese Foreign Minister Wang Yi held a phone call with US Secretary of State Marco Rubio.
            """;
        var article = await (await Fixture.Writer().PostTextAsync(text, "https://order.example/1", publishedAt: "2025-03-04")).JsonAsync();

        var events = article["events"]!.AsArray();
        Assert.Equal(["export_control", "tariff", "call"], events.Select(e => e.Str("type")));
        Assert.All(events, e => Assert.Equal("2025-03-04", e.Str("date")));
    }
}
