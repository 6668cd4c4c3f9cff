using System.Net;
using System.Net.Http.Json;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Editing;

/// <summary>Each kind of correction on real PostgreSQL, and what survives the machine's later writes.</summary>
public sealed class CorrectionTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private const string Call = "call|041|2025-07-11||wang-yi,marco-rubio|Wang Yi and Marco Rubio hold a call";

    private HttpClient Anna() => Fixture.Editor(TimelineFixture.Anna);

    private async Task<string> OneEventAsync(string line = Call, string url = "https://a.example/1")
    {
        (await Writer().PostTextAsync($"Text.\n{line}", url)).EnsureSuccessStatusCode();
        return (await Reader().EventsAsync())[0].Str("id");
    }

    [Fact]
    public async Task PatchingATitleShowsTheEditorsValueBesideTheMachinesAndRecordsWhoAndWhy()
    {
        var id = await OneEventAsync();
        var (_, etag) = await Anna().ReadEventAsync(id);

        var response = await Anna().PatchEventAsync(id, new { title = "Wang Yi and Marco Rubio speak by phone", reason = "house style" }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var patched = await response.JsonAsync();
        Assert.Equal(("Wang Yi and Marco Rubio speak by phone", "corrected"), (patched.Str("title"), patched.Str("status")));
        var correction = Assert.Single(patched["corrections"]!.AsArray());
        Assert.Equal(("title", "Wang Yi and Marco Rubio hold a call"), (correction.Str("field"), correction.Str("machine")));
        Assert.NotEqual(etag, response.Headers.ETag!.ToString());
        var entry = (await Reader().HistoryAsync(id)).Last()!;
        Assert.Equal(("desk-anna", "corrected", "house style"), (entry.Str("who"), entry.Str("action"), entry.Str("reason")));
        Assert.Equal("Wang Yi and Marco Rubio hold a call", entry["changes"]![0]!.Str("before"));
    }

    [Fact]
    public async Task AnEditorsDateWinsOverANewReportThatRefinesIt()
    {
        var id = await OneEventAsync("call|041|2025-07||wang-yi,marco-rubio|Call in July");
        var (_, etag) = await Anna().ReadEventAsync(id);
        (await Anna().PatchEventAsync(id, new { date = "2025-07-09", reason = "the ministry's readout" }, etag)).EnsureSuccessStatusCode();

        await Writer().PostTextAsync("Later.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call", "https://b.example/2");

        var (after, _) = await Reader().ReadEventAsync(id);
        Assert.Equal(("2025-07-09", "day", 2), (after.Str("date"), after.Str("datePrecision"), after["sourceCount"]!.GetValue<int>()));
        var date = Assert.Single(after["corrections"]!.AsArray());
        Assert.Equal("2025-07-11", date.Str("machine"));
        Assert.Contains(await Reader().HistoryAsync(id), h => h.Str("action") == "source-joined" && h!["who"] is null);
    }

    [Fact]
    public async Task ParticipantsLocationAndTopicsCanBeCorrectedAndTheActorFilterFollows()
    {
        var id = await OneEventAsync();
        var (_, etag) = await Anna().ReadEventAsync(id);

        var response = await Anna().PatchEventAsync(id, new
        {
            participants = new object[] { "wang-yi", new { id = "janet-yellen", role = "Treasury Secretary" } },
            location = "Beijing",
            topics = new[] { "Finance" },
            type = "meeting",
            reason = "the call was a meeting",
        }, etag);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var e = await response.JsonAsync();
        Assert.Equal(["janet-yellen", "wang-yi"], e.Strings("participants", "id").Order());
        Assert.Equal(("Beijing", "meeting"), (e.Str("location"), e.Str("type")));
        Assert.Single(await Reader().EventsAsync("&actor=janet-yellen"));
        Assert.Empty(await Reader().EventsAsync("&actor=marco-rubio"));
    }

    [Fact]
    public async Task AHiddenEventLeavesTheTimelineAndStaysHiddenWhenNewReportsArrive()
    {
        var id = await OneEventAsync();
        (await Anna().ActAsync(id, "hide", new { reason = "not a US–China event" })).EnsureSuccessStatusCode();

        await Writer().PostTextAsync("Again.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call", "https://b.example/2");

        Assert.Empty(await Reader().EventsAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync($"/api/v1/events/{id}")).StatusCode);
        var (hidden, _) = await Anna().ReadEventAsync(id, hidden: true);
        Assert.Equal(("hidden", 2), (hidden.Str("status"), hidden["sourceCount"]!.GetValue<int>()));
        var facets = await (await Reader().GetAsync("/api/v1/events/facets")).JsonAsync();
        Assert.DoesNotContain("call", facets.ToJsonString(), StringComparison.Ordinal);

        (await Anna().ActAsync(id, "restore", new { reason = "it is one after all" })).EnsureSuccessStatusCode();
        Assert.Single(await Reader().EventsAsync());
    }

    [Fact]
    public async Task IncludeHiddenIsForEditorsOnly()
    {
        await (await Reader().GetAsync("/api/v1/events?include=hidden")).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Writer().GetAsync("/api/v1/events?include=hidden")).AssertProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal(HttpStatusCode.OK, (await Anna().GetAsync("/api/v1/events?include=hidden")).StatusCode);
    }

    [Fact]
    public async Task VerifyingMarksTheEventAndACorrectionAfterwardsClearsTheMark()
    {
        var id = await OneEventAsync();
        var verified = await (await Anna().ActAsync(id, "verify", new { })).JsonAsync();
        Assert.Equal("verified", verified.Str("status"));
        await (await Anna().ActAsync(id, "verify", new { })).AssertProblemAsync(HttpStatusCode.Conflict);

        var (_, etag) = await Anna().ReadEventAsync(id);
        var corrected = await (await Anna().PatchEventAsync(id, new { summary = "A call.", reason = "shorter" }, etag)).JsonAsync();
        Assert.Equal("corrected", corrected.Str("status"));
    }

    [Fact]
    public async Task AMergeStaysMergedWhenTheArticlesAreRepostedAndTheOldIdLeadsToTheMergedEvent()
    {
        await Writer().PostTextAsync("A.\ncall|041|2025-07-11||wang-yi|Call", "https://a.example/1");
        await Writer().PostTextAsync("B.\ncall|041|2025-07-11||marco-rubio|Call", "https://b.example/1");
        var ids = (await Reader().EventsAsync()).Select(e => e.Str("id")).ToList();
        Assert.Equal(2, ids.Count);

        var merged = await Anna().ActAsync(ids[0], "merge", new { other = ids[1], reason = "one call, two reports" });
        Assert.Equal(HttpStatusCode.OK, merged.StatusCode);
        await Writer().PostTextAsync("B again.\ncall|041|2025-07-11||marco-rubio|Call", "https://b.example/1");
        await Writer().PostTextAsync("C.\ncall|041|2025-07-12||wang-yi|Call", "https://c.example/1");

        var only = Assert.Single(await Reader().EventsAsync());
        Assert.Equal((ids[0], 3), (only.Str("id"), only!["sourceCount"]!.GetValue<int>()));
        var old = await Fixture.Factory.CreateClient(new() { AllowAutoRedirect = false }).GetAsync($"/api/v1/events/{ids[1]}");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal($"/api/v1/events/{ids[0]}", old.Headers.Location!.ToString());
        Assert.Contains(await Reader().HistoryAsync(ids[0]), h => h.Str("action") == "merged-into");
    }

    [Fact]
    public async Task ASplitStaysSplitWhenTheArticlesAreRepostedAndItsSourceIsNew()
    {
        await Writer().PostTextAsync($"A.\n{Call}", "https://a.example/1");
        var b = await (await Writer().PostTextAsync("B.\ncall|041|2025-07-12||wang-yi,marco-rubio|Call", "https://b.example/1")).JsonAsync();
        var id = Assert.Single(await Reader().EventsAsync()).Str("id");

        var split = await Anna().ActAsync(id, "split", new { articleIds = new[] { b.Str("id") }, reason = "B reports the next day's call" });

        Assert.Equal(HttpStatusCode.Created, split.StatusCode);
        var created = await split.JsonAsync();
        Assert.Equal($"/api/v1/events/{created.Str("id")}", split.Headers.Location!.ToString());
        await Writer().PostTextAsync("B edited.\ncall|041|2025-07-12||wang-yi,marco-rubio|Call", "https://b.example/1");
        await Writer().PostTextAsync($"A edited.\n{Call}", "https://a.example/1");
        var events = await Reader().EventsAsync();
        Assert.Equal([id, created.Str("id")], events.Select(e => e.Str("id")).Order().ToArray().Order());
        Assert.All(events, e => Assert.Equal(1, e!["sourceCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task DeletingTheOnlySourceOfACorrectedEventKeepsTheCorrectionAndFlagsIt()
    {
        var id = await OneEventAsync();
        var (_, etag) = await Anna().ReadEventAsync(id);
        (await Anna().PatchEventAsync(id, new { title = "Corrected", reason = "r" }, etag)).EnsureSuccessStatusCode();
        var article = (await Reader().ReadEventAsync(id)).Event["sources"]![0]!.Str("articleId");

        (await Writer().DeleteAsync($"/api/v1/articles/{article}")).EnsureSuccessStatusCode();

        var (e, _) = await Reader().ReadEventAsync(id);
        Assert.Equal(("Corrected", 0), (e.Str("title"), e["sourceCount"]!.GetValue<int>()));
        Assert.Equal("no-source", Assert.Single(e["flags"]!.AsArray())!.GetValue<string>());
    }

    [Fact]
    public async Task AnAddedEventCitesASentenceOfAStoredArticleCheckedAgainstItsText()
    {
        var article = await (await Writer().PostTextAsync("Wang Yi met Marco Rubio in Kuala Lumpur on July 11.", "https://a.example/1")).JsonAsync();
        var body = new
        {
            type = "meeting", date = "2025-07-11", title = "Wang Yi meets Marco Rubio in Kuala Lumpur",
            participants = new[] { "wang-yi", "marco-rubio" }, location = "Kuala Lumpur",
            citation = new { articleId = article.Str("id"), start = 0, end = 51 }, reason = "missed by the extractor",
        };

        var response = await Anna().PostAsJsonAsync("/api/v1/events", body);

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var added = await response.JsonAsync();
        Assert.Equal(("added", "Wang Yi met Marco Rubio in Kuala Lumpur on July 11."), (added.Str("status"), added["citations"]![0]!.Str("quote")));
        Assert.Equal($"/api/v1/events/{added.Str("id")}", response.Headers.Location!.ToString());
        var outside = await Anna().PostAsJsonAsync("/api/v1/events", body with { citation = new { articleId = article.Str("id"), start = 10, end = 5000 } });
        await outside.AssertProblemAsync(HttpStatusCode.UnprocessableEntity, "citation.start");
    }

    [Fact]
    public async Task AnAddedEventMayCiteAUrlWithAQuote()
    {
        var response = await Anna().PostAsJsonAsync("/api/v1/events", new
        {
            type = "statement", date = "2025-08", title = "China's commerce ministry comments on tariffs",
            citation = new { url = "https://news.example/story", quote = "The ministry said it firmly opposes the tariffs." },
            reason = "from a paper not in the archive",
        });

        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        Assert.Single(await Reader().EventsAsync());
    }
}
