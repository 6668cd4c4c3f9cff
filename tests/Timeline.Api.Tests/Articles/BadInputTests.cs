using System.Net;
using System.Text;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Articles;

public sealed class BadInputTests(TimelineFixture fixture) : DatabaseTest(fixture)
{
    [Theory]
    [InlineData("", HttpStatusCode.BadRequest, "body")]
    [InlineData("{\"text\": \"unterminated", HttpStatusCode.BadRequest, "body")]
    [InlineData("not json at all", HttpStatusCode.BadRequest, "body")]
    [InlineData("null", HttpStatusCode.BadRequest, "body")]
    [InlineData("[1, 2]", HttpStatusCode.BadRequest, "body")]
    [InlineData("{\"text\": 42}", HttpStatusCode.BadRequest, "text")]
    [InlineData("{\"text\": \"x\", \"url\": [\"a\"]}", HttpStatusCode.BadRequest, "url")]
    [InlineData("{\"text\": \"x\", \"publishedAt\": true}", HttpStatusCode.BadRequest, "publishedAt")]
    [InlineData("{}", HttpStatusCode.UnprocessableEntity, "text")]
    [InlineData("{\"text\": \"a\", \"html\": \"<p>a</p>\"}", HttpStatusCode.UnprocessableEntity, "html")]
    [InlineData("{\"text\": \"   \"}", HttpStatusCode.UnprocessableEntity, "text")]
    [InlineData("{\"text\": \"x\", \"url\": \"/relative/path\"}", HttpStatusCode.UnprocessableEntity, "url")]
    [InlineData("{\"text\": \"x\", \"url\": \"ftp://example.org/a\"}", HttpStatusCode.UnprocessableEntity, "url")]
    [InlineData("{\"text\": \"x\", \"publishedAt\": \"May 23, 2025\"}", HttpStatusCode.UnprocessableEntity, "publishedAt")]
    [InlineData("{\"text\": \"x\", \"publishedAt\": \"2025-02-30\"}", HttpStatusCode.UnprocessableEntity, "publishedAt")]
    [InlineData("{\"text\": \"x\", \"language\": \"english language\"}", HttpStatusCode.UnprocessableEntity, "language")]
    public async Task InvalidBodiesGetProblemDetailsNamingTheField(string body, HttpStatusCode status, string field)
    {
        var response = await Fixture.Writer().PostAsync("/api/v1/articles", new StringContent(body, Encoding.UTF8, "application/json"));

        Assert.Equal(status, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.JsonAsync();
        Assert.NotNull(problem["errors"]?[field]);
    }

    [Fact]
    public async Task PostingWithoutAKeyIsUnauthorized()
    {
        var response = await Fixture.Reader().PostTextAsync("Some text.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostingWithAWrongKeyIsUnauthorized()
    {
        var client = Fixture.Reader();
        client.DefaultRequestHeaders.Add("X-Api-Key", "guess");

        var response = await client.PostTextAsync("Some text.");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task PostingPlainTextContentIsUnsupportedMediaType()
    {
        var response = await Fixture.Writer().PostAsync("/api/v1/articles", new StringContent("{\"text\":\"x\"}", Encoding.UTF8, "text/plain"));

        Assert.Equal(HttpStatusCode.UnsupportedMediaType, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task PostingABodyOverTheLimitIsTooLarge()
    {
        var huge = new string('a', 1_100_000);

        var response = await Fixture.Writer().PostTextAsync(huge);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task DeletingWithoutAKeyIsUnauthorized()
    {
        var response = await Fixture.Reader().DeleteAsync($"/api/v1/articles/{Guid.NewGuid()}");

        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }
}
