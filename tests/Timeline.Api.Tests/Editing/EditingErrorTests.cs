using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using System.Net;
using System.Net.Http.Json;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Editing;

/// <summary>Every editing error is problem+json naming its cause, and changes nothing.</summary>
public sealed class EditingErrorTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private HttpClient Anna() => Fixture.Editor(TimelineFixture.Anna);

    private async Task<(string Id, string ETag)> EventAsync()
    {
        (await Writer().PostTextAsync("Text.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call", "https://a.example/1")).EnsureSuccessStatusCode();
        var id = (await Reader().EventsAsync())[0].Str("id");
        return (id, (await Reader().ReadEventAsync(id)).ETag);
    }

    [Fact]
    public async Task AMissingOrWrongKeyIsUnauthorizedAndAnIngestionKeyIsForbidden()
    {
        var (id, etag) = await EventAsync();
        var patch = new { title = "x", reason = "r" };

        await (await Reader().PatchEventAsync(id, patch, etag)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        var wrong = Fixture.Reader();
        wrong.DefaultRequestHeaders.Add("X-Api-Key", "anna-editor-key-0000");
        await (await wrong.PatchEventAsync(id, patch, etag)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Fixture.Writer().PatchEventAsync(id, patch, etag)).AssertProblemAsync(HttpStatusCode.Forbidden);
        await (await Fixture.Writer().ActAsync(id, "hide", new { reason = "r" })).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("Call", (await Reader().ReadEventAsync(id)).Event.Str("title"));
    }

    [Fact]
    public async Task APatchWithoutIfMatchIsPreconditionRequired()
    {
        var (id, _) = await EventAsync();
        await (await Anna().PatchEventAsync(id, new { title = "x", reason = "r" }, etag: null)).AssertProblemAsync(HttpStatusCode.PreconditionRequired);
    }

    [Fact]
    public async Task AStaleIfMatchIsPreconditionFailed()
    {
        var (id, etag) = await EventAsync();
        (await Anna().PatchEventAsync(id, new { title = "first", reason = "r" }, etag)).EnsureSuccessStatusCode();

        await (await Anna().PatchEventAsync(id, new { title = "second", reason = "r" }, etag)).AssertProblemAsync(HttpStatusCode.PreconditionFailed);
        Assert.Equal("first", (await Reader().ReadEventAsync(id)).Event.Str("title"));
    }

    [Fact]
    public async Task AnUnknownEventIsNotFound()
    {
        var id = Guid.NewGuid().ToString();
        await (await Anna().PatchEventAsync(id, new { title = "x", reason = "r" }, "\"1\"")).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Anna().ActAsync(id, "hide", new { reason = "r" })).AssertProblemAsync(HttpStatusCode.NotFound);
        await (await Reader().GetAsync($"/api/v1/events/{id}/history")).AssertProblemAsync(HttpStatusCode.NotFound);
    }

    [Theory]
    [InlineData("""{"title":"x"}""", "reason")]
    [InlineData("""{"title":null,"reason":"r"}""", "title")]
    [InlineData("""{"date":"2025-13-40","reason":"r"}""", "date")]
    [InlineData("""{"date":"2025-07","datePrecision":"day","reason":"r"}""", "datePrecision")]
    [InlineData("""{"type":"party","reason":"r"}""", "type")]
    [InlineData("""{"participants":["nobody-at-all"],"reason":"r"}""", "participants")]
    [InlineData("""{"titel":"x","reason":"r"}""", "titel")]
    [InlineData("""{"reason":"r"}""", "body")]
    public async Task ABadPatchIsUnprocessableNamingTheField(string patch, string field)
    {
        var (id, etag) = await EventAsync();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/events/{id}") { Content = new StringContent(patch, null, "application/merge-patch+json") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);

        await (await Anna().SendAsync(request)).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, field);
        Assert.Equal(etag, (await Reader().ReadEventAsync(id)).ETag);
        Assert.Equal("extracted", (await Reader().ReadEventAsync(id)).Event.Str("status"));
    }

    [Fact]
    public async Task MergingAnEventIntoItselfOrTwoEventsCitingOneArticleIsAConflict()
    {
        (await Writer().PostTextAsync("Text.\ncall|041|2025-07-11||wang-yi|Call\ntariff|172|2025-07-01||united-states|Tariffs", "https://a.example/1"))
            .EnsureSuccessStatusCode();
        var ids = (await Reader().EventsAsync()).Select(e => e.Str("id")).ToList();

        await (await Anna().ActAsync(ids[0], "merge", new { other = ids[0], reason = "r" })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await Anna().ActAsync(ids[0], "merge", new { other = ids[1], reason = "r" })).AssertProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal(2, (await Reader().EventsAsync()).Count);
    }

    [Fact]
    public async Task SplittingEverySourceOutIsAConflictAndAForeignArticleIsUnprocessable()
    {
        var (id, _) = await EventAsync();
        var article = (await Reader().ReadEventAsync(id)).Event["sources"]![0]!.Str("articleId");

        await (await Anna().ActAsync(id, "split", new { articleIds = new[] { article }, reason = "r" })).AssertProblemAsync(HttpStatusCode.Conflict);
        await (await Anna().ActAsync(id, "split", new { articleIds = new[] { Guid.NewGuid() }, reason = "r" }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "articleIds");
    }

    [Fact]
    public async Task HidingWithoutAReasonIsUnprocessableAndHidingTwiceIsAConflict()
    {
        var (id, _) = await EventAsync();
        await (await Anna().ActAsync(id, "hide", new { })).AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "reason");
        (await Anna().ActAsync(id, "hide", new { reason = "r" })).EnsureSuccessStatusCode();
        await (await Anna().ActAsync(id, "hide", new { reason = "r" })).AssertProblemAsync(HttpStatusCode.Conflict);
    }

    [Fact]
    public async Task AnAddedEventWithoutACitationIsUnprocessable() =>
        await (await Anna().PostAsJsonAsync("/api/v1/events", new { type = "call", title = "A call", reason = "r" }))
            .AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "citation");

    [Fact]
    public async Task AnotherContentTypeIsUnsupported()
    {
        var (id, etag) = await EventAsync();
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/events/{id}") { Content = new StringContent("title=x", null, "text/plain") };
        request.Headers.TryAddWithoutValidation("If-Match", etag);
        await (await Anna().SendAsync(request)).AssertProblemAsync(HttpStatusCode.UnsupportedMediaType);
    }

    [Fact]
    public async Task HistoryIsAppendOnlyInTheDatabase()
    {
        var (id, etag) = await EventAsync();
        (await Anna().PatchEventAsync(id, new { title = "x", reason = "r" }, etag)).EnsureSuccessStatusCode();
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<Timeline.Data.TimelineDbContext>();

        var update = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("UPDATE event_history SET reason = 'rewritten'"));
        var delete = await Record.ExceptionAsync(() => db.Database.ExecuteSqlRawAsync("DELETE FROM event_history"));

        Assert.Contains("append-only", update?.Message);
        Assert.Contains("append-only", delete?.Message);
        Assert.Equal("r", (await Reader().HistoryAsync(id)).Last()!.Str("reason"));
    }
}
