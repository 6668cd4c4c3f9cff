using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Http;

public sealed class RateLimitTests(TimelineFixture fixture) : DatabaseTest(fixture)
{
    [Theory]
    [InlineData("RateLimiting:PreviewsPerMinute", "POST", "/api/v1/extract")]
    [InlineData("RateLimiting:ExpensiveReadsPerMinute", "GET", "/api/v1/events/facets")]
    [InlineData("RateLimiting:ExpensiveReadsPerMinute", "GET", "/api/v1/events/export?format=csv")]
    [InlineData("RateLimiting:WritesPerMinute", "POST", "/api/v1/articles")]
    public async Task OverTheLimitAClientGetsA429ProblemWithRetryAfter(string setting, string method, string url)
    {
        await using var factory = Limited(setting, 2);
        var client = factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);

        var answers = new List<HttpResponseMessage>();
        for (var i = 0; i < 3; i++)
        {
            answers.Add(await Send(client, method, url, i));
        }

        Assert.All(answers.Take(2), a => Assert.True(a.IsSuccessStatusCode, a.StatusCode.ToString()));
        var refused = answers[2];
        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.Equal("application/problem+json", refused.Content.Headers.ContentType?.MediaType);
        Assert.InRange(int.Parse(refused.Headers.GetValues("Retry-After").Single()), 1, 60);
    }

    [Fact]
    public async Task WritesAreCountedPerKey()
    {
        await using var factory = Limited("RateLimiting:WritesPerMinute", 1, "Ingestion:ApiKeys:1", "second-key");
        var first = factory.CreateClient();
        first.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);
        var second = factory.CreateClient();
        second.DefaultRequestHeaders.Add("X-Api-Key", "second-key");

        Assert.Equal(HttpStatusCode.Created, (await Send(first, "POST", "/api/v1/articles", 0)).StatusCode);
        Assert.Equal(HttpStatusCode.TooManyRequests, (await Send(first, "POST", "/api/v1/articles", 1)).StatusCode);
        Assert.Equal(HttpStatusCode.Created, (await Send(second, "POST", "/api/v1/articles", 2)).StatusCode);
    }

    [Fact]
    public async Task PlainReadsAreNotLimited()
    {
        await using var factory = Limited("RateLimiting:ExpensiveReadsPerMinute", 1);
        var client = factory.CreateClient();

        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/api/v1/events")).StatusCode);
        }
    }

    private WebApplicationFactory<Program> Limited(string setting, int perMinute, params string[] more) =>
        Fixture.Factory.WithWebHostBuilder(host =>
        {
            host.UseSetting(setting, perMinute.ToString());
            for (var i = 0; i + 1 < more.Length; i += 2)
            {
                host.UseSetting(more[i], more[i + 1]);
            }
        });

    private static Task<HttpResponseMessage> Send(HttpClient client, string method, string url, int i) =>
        method == "POST"
            ? client.PostAsJsonAsync(url, new { url = $"https://limit.example/{i}", text = $"Wang Yi met Antony Blinken in Beijing on June {i + 1}, 2023." })
            : client.GetAsync(url);
}
