using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Queries;

/// <summary>Query strings of the GET endpoints: every bad parameter is a 400 problem naming it, never a 500.</summary>
[Collection(TimelineCollection.Name)]
public sealed class QueryStringTests(TimelineFixture fixture)
{
    private static readonly string TwoHundredActors = string.Concat(Enumerable.Repeat("actor=wang-yi&", 200));

    [Theory]
    [InlineData("/api/v1/events?q=a%00b", "q")]
    [InlineData("/api/v1/events?actor=wang%00yi", "actor")]
    [InlineData("/api/v1/events?topic=tr%00ade", "topic")]
    [InlineData("/api/v1/events?publisher=Reu%00ters", "publisher")]
    [InlineData("/api/v1/actors?q=wa%00ng", "q")]
    [InlineData("/api/v1/events?q=line%0Abreak%07bell", "q")]
    [InlineData("/api/v1/events?limit=abc", "limit")]
    [InlineData("/api/v1/events?limit=99999999999", "limit")]
    [InlineData("/api/v1/events?limit=-1", "limit")]
    [InlineData("/api/v1/events?limit=1&limit=2", "limit")]
    [InlineData("/api/v1/articles?limit=abc", "limit")]
    [InlineData("/api/v1/articles?cursor=bm90IGEgY3Vyc29y", "cursor")]
    [InlineData("/api/v1/actors?active=yes", "active")]
    [InlineData("/api/v1/actors?kind=robot", "kind")]
    [InlineData("/api/v1/events?from=9999-12", "from")]
    [InlineData("/api/v1/events?to=0001-01-01", "to")]
    [InlineData("/api/v1/events?from=1899-12-31", "from")]
    [InlineData("/api/v1/events?from=2025-02-30", "from")]
    [InlineData("/api/v1/events?from=２０２５", "from")]
    [InlineData("/api/v1/events?from=2025-06&to=2025-05", "from")]
    [InlineData("/api/v1/events?from=2025-05-02&to=2025-05-01", "from")]
    [InlineData("/api/v1/events?typ=call", "typ")]
    [InlineData("/api/v1/events?type=call,party", "type")]
    [InlineData("/api/v1/events?type=,", "type")]
    [InlineData("/api/v1/actors?active=true&sort=name", "sort")]
    [InlineData("/api/v1/articles?offset=10", "offset")]
    [InlineData("/api/v1/events/01a22dba-2704-7fb5-9e1c-07deb0a74d6e?include=all", "include")]
    [InlineData("/api/v1/actors/wang-yi?x=1", "x")]
    public async Task ABadQueryParameterIsAProblemNamingIt(string url, string parameter)
    {
        var response = await fixture.Reader().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal([parameter], errors.Select(e => e.Key));
    }

    [Fact]
    public async Task TwoHundredRepeatedActorsAreRefusedAtOnce()
    {
        var response = await fixture.Reader().GetAsync($"/api/v1/events?{TwoHundredActors}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("at most 10", (await response.JsonAsync())["errors"]!["actor"]![0]!.GetValue<string>());
    }

    [Theory]
    [InlineData("q", 501)]
    [InlineData("publisher", 201)]
    [InlineData("topic", 101)]
    [InlineData("actor", 201)]
    [InlineData("cursor", 201)]
    public async Task OverlongValuesAreRefused(string parameter, int length)
    {
        var response = await fixture.Reader().GetAsync($"/api/v1/events?{parameter}={new string('a', length)}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![parameter]);
    }

    [Fact]
    public async Task EveryBadParameterIsNamedInOneAnswer()
    {
        var response = await fixture.Reader().GetAsync("/api/v1/events?limit=0&order=up&from=x&colour=red");

        var errors = (await response.JsonAsync())["errors"]!.AsObject();
        Assert.Equal(["colour", "from", "limit", "order"], errors.Select(e => e.Key).Order());
    }

    [Theory]
    [InlineData("/api/v1/events?from=2025-05&to=2025-05&type=call&type=meeting,talks&order=DESC&limit=500")]
    [InlineData("/api/v1/events?from=1900&to=2100-12-31&type=EXPORT_CONTROL")]
    [InlineData("/api/v1/events?from=2025-05-20&to=2025-05")]
    [InlineData("/api/v1/events?q=&topic=&publisher=&actor=")]
    [InlineData("/api/v1/events?actor=Wang%20Yi&actor=antony-blinken&q=%22phone%20call%22%20-tariff")]
    [InlineData("/api/v1/actors?kind=Person&q=wang&active=false")]
    [InlineData("/api/v1/articles?limit=1")]
    public async Task GoodQueriesAreAccepted(string url)
    {
        var response = await fixture.Reader().GetAsync(url);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
    }
}
