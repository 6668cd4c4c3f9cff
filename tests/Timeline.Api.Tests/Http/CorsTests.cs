using System.Net;
using Microsoft.AspNetCore.Hosting;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Http;

public sealed class CorsTests(TimelineFixture fixture) : DatabaseTest(fixture)
{
    private const string App = "https://newsroom.example";

    [Fact]
    public async Task AConfiguredOriginPassesThePreflightAndReadsTheAnswer()
    {
        await using var factory = Fixture.Factory.WithWebHostBuilder(host => host.UseSetting("Cors:AllowedOrigins:0", App));
        var client = factory.CreateClient();

        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/articles");
        preflight.Headers.Add("Origin", App);
        preflight.Headers.Add("Access-Control-Request-Method", "POST");
        preflight.Headers.Add("Access-Control-Request-Headers", "content-type,x-api-key");
        var answer = await client.SendAsync(preflight);
        var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events");
        get.Headers.Add("Origin", App);
        var read = await client.SendAsync(get);

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.Equal(App, answer.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("x-api-key", answer.Headers.GetValues("Access-Control-Allow-Headers").Single(), StringComparison.OrdinalIgnoreCase);
        Assert.Equal(App, read.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("ETag", read.Headers.GetValues("Access-Control-Expose-Headers").Single());
    }

    [Fact]
    public async Task WithNoOriginsConfiguredOtherOriginsGetNoPermissionButNo405()
    {
        var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/events");
        preflight.Headers.Add("Origin", App);
        preflight.Headers.Add("Access-Control-Request-Method", "GET");

        var answer = await Fixture.Reader().SendAsync(preflight);

        Assert.Equal(HttpStatusCode.NoContent, answer.StatusCode);
        Assert.False(answer.Headers.Contains("Access-Control-Allow-Origin"));
    }
}
