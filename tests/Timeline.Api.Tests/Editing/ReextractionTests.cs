using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Data;
using Timeline.Data.Entities;

namespace Timeline.Api.Tests.Editing;

/// <summary>Re-extraction of the stored archive by a changed extractor (the scripted double with a new version).</summary>
public sealed class ReextractionTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private HttpClient ScriptedEditor()
    {
        var client = Fixture.Scripted.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.Anna.Key);
        return client;
    }

    private async Task<List<string>> PostArchiveAsync()
    {
        for (var i = 1; i <= 7; i++)
        {
            (await Writer().PostTextAsync($"Report {i}.\ncall|041|2025-0{5 + i % 3}-11||wang-yi,marco-rubio|Call {i % 3}", $"https://a.example/{i}"))
                .EnsureSuccessStatusCode();
        }

        return (await Reader().EventsAsync()).Select(e => e.Str("id")).ToList();
    }

    private void ImproveExtractor() => Fixture.Extractor.Revision = e => e with { Title = "Improved: " + e.Title };

    private async Task<JsonNode> RunJobAsync()
    {
        var started = await ScriptedEditor().PostAsync("/api/v1/admin/reextract", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var location = started.Headers.Location!.ToString();
        for (var i = 0; i < 300; i++)
        {
            var job = await (await ScriptedEditor().GetAsync(location)).JsonAsync();
            if (job.Str("state") != "running")
            {
                return job;
            }

            await Task.Delay(100);
        }

        throw new TimeoutException("The re-extraction job did not finish.");
    }

    [Fact]
    public async Task ReextractionRefreshesMachineValuesKeepsCorrectionsAndIdsAndRecordsTheVersion()
    {
        var ids = await PostArchiveAsync();
        var anna = Fixture.Editor(TimelineFixture.Anna);
        var (_, etag) = await anna.ReadEventAsync(ids[0]);
        (await anna.PatchEventAsync(ids[0], new { title = "Editor's title", reason = "r" }, etag)).EnsureSuccessStatusCode();
        Fixture.Extractor.Version = "scripted-2";
        ImproveExtractor();

        var job = await RunJobAsync();

        Assert.Equal(("completed", 7, 7, 7), (job.Str("state"), job["done"]!.GetValue<int>(), job["total"]!.GetValue<int>(), job["changed"]!.GetValue<int>()));
        var events = await Reader().EventsAsync();
        Assert.Equal(ids.Order(), events.Select(e => e.Str("id")).Order());
        Assert.Equal("Editor's title", events.Single(e => e.Str("id") == ids[0]).Str("title"));
        Assert.All(events.Where(e => e.Str("id") != ids[0]), e => Assert.StartsWith("Improved: ", e.Str("title"), StringComparison.Ordinal));
        Assert.Contains(await Reader().HistoryAsync(ids[1]), h => h.Str("action") == "reextracted");
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        Assert.Equal(["scripted-2"], await db.EventSources.Select(s => s.ExtractorVersion).Distinct().ToListAsync());
    }

    [Fact]
    public async Task RunningItTwiceChangesNothing()
    {
        await PostArchiveAsync();
        Fixture.Extractor.Version = "scripted-2";
        ImproveExtractor();
        await RunJobAsync();
        var before = (await Reader().EventsAsync()).ToJsonString();

        var again = await RunJobAsync();

        Assert.Equal(("completed", 0), (again.Str("state"), again["changed"]!.GetValue<int>()));
        Assert.Equal(before, (await Reader().EventsAsync()).ToJsonString());
    }

    [Fact]
    public async Task AJobKilledHalfwayIsResumedFromItsCursorAtTheNextStart()
    {
        var ids = await PostArchiveAsync();
        Fixture.Extractor.Version = "scripted-2";
        ImproveExtractor();
        await using (var scope = Fixture.Scope())
        {
            // What a kill -9 leaves: a running job whose cursor is after the first three articles, those three done.
            var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
            var articles = await db.Articles.OrderBy(a => a.Id).Select(a => a.Id).ToListAsync();
            await db.Articles.Where(a => articles.Take(3).Contains(a.Id)).ExecuteUpdateAsync(s => s.SetProperty(a => a.ExtractorVersion, "scripted-2"));
            db.ReextractionJobs.Add(new ReextractionJob
            {
                Id = Guid.CreateVersion7(), State = "running", ExtractorVersion = "scripted-2", Total = 7, Done = 3, Cursor = articles[2],
                RequestedBy = "desk-anna", StartedAt = DateTimeOffset.UtcNow, UpdatedAt = DateTimeOffset.UtcNow, Seconds = 1,
            });
            await db.SaveChangesAsync();
        }

        var job = await RunJobAsync();

        Assert.Equal(("completed", 7), (job.Str("state"), job["done"]!.GetValue<int>()));
        await using var check = Fixture.Scope();
        var stored = check.ServiceProvider.GetRequiredService<TimelineDbContext>();
        Assert.Equal(4, await stored.EventSources.CountAsync(s => s.Title.StartsWith("Improved: ")));
        Assert.Equal(ids.Order(), (await Reader().EventsAsync()).Select(e => e.Str("id")).Order());
    }

    [Fact]
    public async Task StartingNeedsAnEditorKey()
    {
        await (await Fixture.Reader().PostAsync("/api/v1/admin/reextract", null)).AssertProblemAsync(HttpStatusCode.Unauthorized);
        await (await Fixture.Writer().PostAsync("/api/v1/admin/reextract", null)).AssertProblemAsync(HttpStatusCode.Forbidden);
    }
}
