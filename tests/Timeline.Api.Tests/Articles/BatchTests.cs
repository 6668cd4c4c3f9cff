using System.Net;
using System.Net.Http.Json;
using System.Text;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Articles;

public sealed class BatchTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private const string Call = "call|041|2025-07-11||wang-yi,marco-rubio|Call";

    [Fact]
    public async Task ABatchAnswersEachArticleInOrderAndStoresTheGoodOnes()
    {
        var writer = Writer();
        await writer.PostTextAsync($"Stored.\n{Call}", "https://a.example/1");
        object[] batch =
        [
            new { url = "https://b.example/1", text = $"New.\n{Call}" },
            new { url = "https://a.example/1", text = $"Stored.\n{Call}" },
            new { url = "https://c.example/1" },
            new { url = "not a url", text = "x" },
        ];

        var response = await writer.PostAsJsonAsync("/api/v1/articles/batch", batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var body = await response.JsonAsync();
        var items = body["items"]!.AsArray();
        Assert.Equal([201, 200, 422, 422], items.Select(i => i!["status"]!.GetValue<int>()));
        Assert.Equal(["created", "unchanged", "rejected", "rejected"], items.Select(i => i.Str("outcome")));
        Assert.NotNull(items[2]!["errors"]!["text"]);
        Assert.NotNull(items[3]!["errors"]!["url"]);
        Assert.Equal((1, 1, 2), (body["created"]!.GetValue<int>(), body["unchanged"]!.GetValue<int>(), body["rejected"]!.GetValue<int>()));
        Assert.Equal(2, Assert.Single(await Reader().EventsAsync())!["sourceCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task NdjsonLinesAreArticlesAndABadLineRejectsOnlyItself()
    {
        var lines = string.Join("\n",
            $$"""{"url":"https://a.example/1","text":"One.\n{{Call}}"}""",
            """{"url": 5, "text": "x"}""",
            "{not json",
            $$"""{"url":"https://b.example/1","text":"Two.\ncall|041|2025-07-12||wang-yi,marco-rubio|Call"}""");
        using var content = new StringContent(lines, Encoding.UTF8, "application/x-ndjson");

        var body = await (await Writer().PostAsync("/api/v1/articles/batch", content)).JsonAsync();

        Assert.Equal([201, 422, 422, 201], body["items"]!.AsArray().Select(i => i!["status"]!.GetValue<int>()));
        Assert.NotNull(body["items"]![1]!["errors"]!["url"]);
        Assert.Equal(2, Assert.Single(await Reader().EventsAsync())!["sourceCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task SendingABatchAgainSkipsEverythingItStored()
    {
        var batch = Enumerable.Range(0, 6).Select(i => new { url = $"https://r{i}.example/", text = $"R{i}.\ncall|041|2025-07-1{i % 2 + 1}||wang-yi|Call" }).ToArray();
        var writer = Writer();
        await writer.PostAsJsonAsync("/api/v1/articles/batch", batch);

        var again = await (await writer.PostAsJsonAsync("/api/v1/articles/batch", batch)).JsonAsync();

        Assert.Equal(6, again["unchanged"]!.GetValue<int>());
        Assert.Equal(6, Assert.Single(await Reader().EventsAsync())!["sourceCount"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"url":"https://a.example/1","text":"x"}""", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[]", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[{", "application/json", HttpStatusCode.BadRequest)]
    [InlineData("[]", "text/plain", HttpStatusCode.UnsupportedMediaType)]
    public async Task ABodyThatIsNotABatchIsAProblem(string body, string contentType, HttpStatusCode expected)
    {
        using var content = new StringContent(body, Encoding.UTF8, contentType);

        var response = await Writer().PostAsync("/api/v1/articles/batch", content);

        Assert.Equal(expected, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task MoreArticlesThanTheLimitAreRefusedNamingTheBody()
    {
        var batch = Enumerable.Range(0, 1001).Select(i => new { text = $"t{i}" }).ToArray();

        var response = await Writer().PostAsJsonAsync("/api/v1/articles/batch", batch);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("1000", (await response.JsonAsync())["errors"]!["body"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task ABatchNeedsAWriterKey() =>
        Assert.Equal(HttpStatusCode.Unauthorized, (await Reader().PostAsJsonAsync("/api/v1/articles/batch", new[] { new { text = "x" } })).StatusCode);
}
