using System.Net;
using System.Net.Http.Json;
using System.Text;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Preview;

public sealed class PreviewTests(TimelineFixture fixture) : DatabaseTest(fixture)
{
    private static readonly string SeedPath = Path.Combine(RepositoryRoot.Path, "samples", "articles", "001_901c893cc3c0e6c7.json");

    [Fact]
    public async Task ThePreviewFindsWhatIngestionWouldStoreAndStoresNothing()
    {
        var seed = new StringContent(await File.ReadAllTextAsync(SeedPath), Encoding.UTF8, "application/json");

        var response = await Fixture.Reader().PostAsync("/api/v1/extract", seed);
        var preview = await response.JsonAsync();

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Empty(await Fixture.Reader().EventsAsync());
        Assert.Empty((await (await Fixture.Reader().GetAsync("/api/v1/articles")).JsonAsync())["items"]!.AsArray());
        Assert.Equal("published_at", preview["documentDate"]!.Str("rule"));
        Assert.Equal("2025-05-23", preview["documentDate"]!.Str("date"));
        var call = Assert.Single(preview["events"]!.AsArray(), e => e.Str("type") == "call")!;
        Assert.Equal("2025-05-22", call.Str("date"));
        Assert.Contains("ma-zhaoxu", call.Strings("participants", "id"));
        var text = preview["article"]!.Str("text");
        var evidence = call["evidence"]![0]!;
        Assert.Equal(evidence.Str("text"), text[evidence["start"]!.GetValue<int>()..evidence["end"]!.GetValue<int>()]);

        var stored = await (await Fixture.Writer().PostAsync("/api/v1/articles", new StringContent(await File.ReadAllTextAsync(SeedPath), Encoding.UTF8, "application/json"))).JsonAsync();
        Assert.Equal(
            preview["events"]!.AsArray().Select(e => $"{e.Str("type")} {e!["date"]}").Order(),
            stored["events"]!.AsArray().Select(e => $"{e.Str("type")} {e!["date"]}").Order());
    }

    [Fact]
    public async Task AnHtmlPageIsPreviewedWithTheMetadataFoundInIt()
    {
        const string page = """
            <html><head><title>Wang Yi meets Blinken</title><meta property="og:site_name" content="Example News">
            <meta property="article:published_time" content="2023-06-19T10:00:00Z"></head>
            <body><article><p>Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken in Beijing on Monday.</p></article></body></html>
            """;

        var preview = await (await Fixture.Reader().PostAsJsonAsync("/api/v1/extract", new { html = page })).JsonAsync();

        Assert.Equal("Example News", preview["article"]!.Str("publisher"));
        Assert.Equal("2023-06-19", preview["documentDate"]!.Str("date"));
        Assert.Contains(preview["actors"]!.AsArray(), a => a.Str("id") == "wang-yi");
    }

    [Theory]
    [InlineData("{\"title\":\"no text\"}", "application/json", HttpStatusCode.UnprocessableEntity)]
    [InlineData("{\"text\":\"a\",\"publishedAt\":\"yesterday\"}", "application/json", HttpStatusCode.UnprocessableEntity)]
    [InlineData("not json", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("Wang Yi met Blinken.", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task BadBodiesGetTheSameProblemsAsIngestion(string body, string contentType, HttpStatusCode status)
    {
        var response = await Fixture.Reader().PostAsync("/api/v1/extract", new StringContent(body, Encoding.UTF8, contentType));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }
}
