using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Actors;

public sealed class ActorAndArticleQueryTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Fact]
    public async Task ActorsComeWithTheirEventCounts()
    {
        var writer = Writer();
        await writer.PostTextAsync("A.\ncall|041|2025-05-22||ma-zhaoxu,christopher-landau|Call");
        await writer.PostTextAsync("B.\nmeeting|040|2025-05-20||ma-zhaoxu,david-perdue|Meeting");

        var listing = await Reader().GetAsync("/api/v1/actors?active=true");
        Assert.True(listing.IsSuccessStatusCode, await listing.Content.ReadAsStringAsync());
        var actors = (await listing.JsonAsync()).AsArray();
        var ma = await (await Reader().GetAsync("/api/v1/actors/ma-zhaoxu")).JsonAsync();

        Assert.Equal("ma-zhaoxu", actors[0].Str("id"));
        Assert.Equal(2, ma["eventCount"]!.GetValue<int>());
        Assert.Equal(3, actors.Count);
    }

    [Fact]
    public async Task AnUnknownActorIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync("/api/v1/actors/nobody-at-all")).StatusCode);

    [Fact]
    public async Task ArticlesAreListedNewestFirstInPages()
    {
        var writer = Writer();
        for (var i = 0; i < 5; i++)
        {
            await writer.PostTextAsync($"Article {i}.", $"https://a.example/{i}");
        }

        var urls = new List<string>();
        string? cursor = null;
        do
        {
            var page = await (await Reader().GetAsync($"/api/v1/articles?limit=2{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            urls.AddRange(page["items"]!.AsArray().Select(a => a.Str("url")));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        Assert.Equal(Enumerable.Range(0, 5).Reverse().Select(i => $"https://a.example/{i}"), urls);
    }

    [Fact]
    public async Task AnArticleIsReturnedWithItsEvents()
    {
        var posted = await (await Writer().PostTextAsync("A.\ncall|041|2025-05-22||ma-zhaoxu,christopher-landau|Call")).JsonAsync();

        var article = await (await Reader().GetAsync($"/api/v1/articles/{posted.Str("id")}")).JsonAsync();

        Assert.Equal("call", Assert.Single(article["events"]!.AsArray()).Str("type"));
    }

    [Fact]
    public async Task AnUnknownArticleIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync($"/api/v1/articles/{Guid.NewGuid()}")).StatusCode);

    [Fact]
    public async Task HealthEndpointsAnswerWhenTheDatabaseIsUp()
    {
        Assert.Equal(HttpStatusCode.OK, (await Reader().GetAsync("/health/live")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await Reader().GetAsync("/health/ready")).StatusCode);
    }

    [Fact]
    public async Task TheSwaggerDocumentDescribesTheApiKeyAndTheExampleArticle()
    {
        var json = await (await Reader().GetAsync("/swagger/v1/swagger.json")).Content.ReadAsStringAsync();

        Assert.Contains("X-Api-Key", json, StringComparison.Ordinal);
        Assert.Contains("Christopher Landau", json, StringComparison.Ordinal);
        Assert.Contains("overlap", json, StringComparison.OrdinalIgnoreCase);
    }
}
