using System.Net;
using System.Net.Http.Headers;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Http;

public sealed class ConditionalGetTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Theory]
    [InlineData("/api/v1/events?type=call")]
    [InlineData("/api/v1/events/facets")]
    [InlineData("/api/v1/events/feed")]
    [InlineData("/api/v1/actors?active=true")]
    [InlineData("/api/v1/articles")]
    public async Task AnUnchangedAnswerIsNotModifiedForItsETag(string url)
    {
        await Writer().PostTextAsync("A.\ncall|041|2025-05-22||ma-zhaoxu,christopher-landau|Call", "https://a.example/1");
        var first = await Reader().GetAsync(url);

        var again = await Reader().SendAsync(Conditional(url, first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.True(first.Headers.ETag!.IsWeak);
        Assert.Equal("no-cache", first.Headers.CacheControl?.ToString());
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
        Assert.Empty(await again.Content.ReadAsByteArrayAsync());
        Assert.Equal(first.Headers.ETag, again.Headers.ETag);
    }

    [Fact]
    public async Task ANewArticleChangesTheETagAndTheAnswerIsSentAgain()
    {
        await Writer().PostTextAsync("A.\ncall|041|2025-05-22||ma-zhaoxu,christopher-landau|Call", "https://a.example/1");
        var first = await Reader().GetAsync("/api/v1/events");

        await Writer().PostTextAsync("B.\nmeeting|040|2025-05-20||ma-zhaoxu,david-perdue|Meeting", "https://b.example/1");
        var after = await Reader().SendAsync(Conditional("/api/v1/events", first.Headers.ETag!));

        Assert.Equal(HttpStatusCode.OK, after.StatusCode);
        Assert.NotEqual(first.Headers.ETag, after.Headers.ETag);
        Assert.Equal(2, (await after.JsonAsync())["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task IfModifiedSinceTheLastModifiedDateIsNotModified()
    {
        var first = await Reader().GetAsync("/api/v1/actors/wang-yi");
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/actors/wang-yi");
        request.Headers.IfModifiedSince = first.Content.Headers.LastModified;

        var again = await Reader().SendAsync(request);

        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.Equal(HttpStatusCode.NotModified, again.StatusCode);
    }

    [Fact]
    public async Task HeadAnswersLikeGetWithoutTheBody()
    {
        var get = await Reader().GetAsync("/api/v1/actors?kind=person");
        var head = await Reader().SendAsync(new HttpRequestMessage(HttpMethod.Head, "/api/v1/actors?kind=person"));

        Assert.Equal(HttpStatusCode.OK, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
        Assert.Equal(get.Headers.ETag, head.Headers.ETag);
        Assert.Equal(get.Content.Headers.ContentLength, head.Content.Headers.ContentLength);
        Assert.Equal(get.Content.Headers.ContentType, head.Content.Headers.ContentType);
    }

    [Fact]
    public async Task HeadOfAnUnknownEventIsNotFound()
    {
        var head = await Reader().SendAsync(new HttpRequestMessage(HttpMethod.Head, $"/api/v1/events/{Guid.NewGuid()}"));

        Assert.Equal(HttpStatusCode.NotFound, head.StatusCode);
        Assert.Empty(await head.Content.ReadAsByteArrayAsync());
    }

    private static HttpRequestMessage Conditional(string url, EntityTagHeaderValue etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.IfNoneMatch.Add(etag);
        return request;
    }
}
