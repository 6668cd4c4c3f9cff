using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Events;

public sealed class EventQueryTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private async Task<string> SeedAsync()
    {
        var writer = Writer();
        await writer.PostTextAsync("A.\ncall|041|2025-05-22||ma-zhaoxu,christopher-landau|Ma and Landau call", "https://a.example/1", "Reuters");
        await writer.PostTextAsync("B.\nmeeting|040|2025-05|Geneva|scott-bessent,he-lifeng|Geneva trade talks", "https://b.example/1", "Xinhua");
        var c = await writer.PostTextAsync("C.\ntariff|172|2025-04-02||united-states,china|Liberation day tariffs", "https://c.example/1", "AP");
        return (await c.JsonAsync()).Str("id");
    }

    [Theory]
    [InlineData("&from=2025-05-20&to=2025-05-21", "meeting")]
    [InlineData("&from=2025-05-22&to=2025-05-22", "call,meeting")]
    [InlineData("&from=2025-05", "call,meeting")]
    [InlineData("&to=2025-04", "tariff")]
    [InlineData("&from=2025", "call,meeting,tariff")]
    [InlineData("&type=call,tariff", "call,tariff")]
    [InlineData("&actor=he-lifeng", "meeting")]
    [InlineData("&actor=Ma%20Zhaoxu&actor=christopher-landau", "call")]
    [InlineData("&actor=ma-zhaoxu&actor=he-lifeng", "")]
    [InlineData("&topic=trade", "call,meeting,tariff")]
    [InlineData("&topic=fentanyl", "")]
    [InlineData("&q=tariffs", "tariff")]
    [InlineData("&q=Geneva", "meeting")]
    [InlineData("&publisher=reuters", "call")]
    public async Task FiltersSelectTheMatchingEvents(string query, string expectedTypes)
    {
        await SeedAsync();

        var events = await Reader().EventsAsync(query);

        Assert.Equal(expectedTypes, string.Join(",", events.Select(e => e.Str("type")).Order()));
    }

    [Fact]
    public async Task TheArticleFilterGivesThatArticlesEvents()
    {
        var tariffArticle = await SeedAsync();

        var events = await Reader().EventsAsync($"&articleId={tariffArticle}");

        Assert.Equal("tariff", Assert.Single(events).Str("type"));
    }

    [Theory]
    [InlineData("limit=0", "limit")]
    [InlineData("limit=501", "limit")]
    [InlineData("order=sideways", "order")]
    [InlineData("from=yesterday", "from")]
    [InlineData("to=2025-13", "to")]
    [InlineData("type=party", "type")]
    [InlineData("cursor=garbage!", "cursor")]
    [InlineData("articleId=42", "articleId")]
    public async Task BadFiltersAreRejectedNamingTheParameter(string query, string field)
    {
        var response = await Reader().GetAsync($"/api/v1/events?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]?[field]);
    }

    [Fact]
    public async Task DescendingOrderStartsWithTheLatestEvent()
    {
        await SeedAsync();

        var events = await Reader().EventsAsync("&order=desc");

        Assert.Equal(["call", "meeting", "tariff"], events.Select(e => e.Str("type")));
    }

    [Fact]
    public async Task PagesNeitherSkipNorRepeatWhileArticlesArrive()
    {
        var writer = Writer();
        for (var i = 0; i < 10; i++)
        {
            await writer.PostTextAsync($"Item {i}.\nstatement|010|2025-03-{10 + i}||speaker-{i}|Statement {i}", $"https://s.example/{i}");
        }

        var seen = new List<string>();
        string? cursor = null;
        var page = 0;
        do
        {
            var body = await (await Reader().GetAsync($"/api/v1/events?limit=3{(cursor is null ? "" : $"&cursor={cursor}")}")).JsonAsync();
            seen.AddRange(body["items"]!.AsArray().Select(e => e.Str("date")));
            cursor = body["nextCursor"]?.GetValue<string>();
            await writer.PostTextAsync($"New {page}.\nstatement|010|2025-03-0{1 + page}||other-{page}|Earlier statement {page}", $"https://n.example/{page}");
            page++;
        }
        while (cursor is not null);

        Assert.Equal(seen.Distinct().Count(), seen.Count);
        Assert.Equal(Enumerable.Range(10, 10).Select(d => $"2025-03-{d}"), seen);
    }

    [Fact]
    public async Task AnUnknownEventIsNotFound()
    {
        var response = await Reader().GetAsync($"/api/v1/events/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task AnEventCanBeFetchedById()
    {
        await SeedAsync();
        var first = (await Reader().EventsAsync())[0];

        var fetched = await (await Reader().GetAsync($"/api/v1/events/{first.Str("id")}")).JsonAsync();

        Assert.Equal(first.Str("title"), fetched.Str("title"));
    }
}
