using System.Net;
using System.Text.Json.Nodes;
using CsCheck;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Editing;

/// <summary>
/// Random sequences of new reports, deleted articles, re-extractions by a changed extractor and corrections by two
/// editors, in random orders, on real PostgreSQL through the API: at the end every correction still holds, each
/// event's history is complete and in order, and no event an editor touched has changed its id.
/// </summary>
public sealed class CorrectionsSurviveProperty(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private static readonly string[] People = ["wang-yi", "marco-rubio", "he-lifeng"];
    private static readonly string[] Days = ["2025-07-10", "2025-07-11", "2025-07-14", "2025-07"];

    public abstract record Step;

    public sealed record Report(int Article, int[] Lines) : Step
    {
        public override string ToString() => $"Report {{ Article = {Article}, Lines = [{string.Join(",", Lines)}] }}";
    }

    public sealed record Delete(int Article) : Step;

    public sealed record Reextract : Step;

    public sealed record Correct(bool Ben, int Pick, int Field, int Value) : Step;

    private static readonly Gen<Step> Steps = Gen.Frequency(
        (4, Gen.Select(Gen.Int[0, 5], Gen.Int[0, 11].Array[1, 2], (a, l) => (Step)new Report(a, l))),
        (1, Gen.Int[0, 5].Select(a => (Step)new Delete(a))),
        (1, Gen.Const((Step)new Reextract())),
        (4, Gen.Select(Gen.Bool, Gen.Int[0, 20], Gen.Int[0, 5], Gen.Int[0, 3], (b, p, f, v) => (Step)new Correct(b, p, f, v))));

    [Fact]
    public async Task EveryCorrectionHoldsHistoryIsCompleteAndInOrderAndEventIdsNeverChange()
    {
        await Steps.Array[6, 14].SampleAsync(async steps =>
        {
            await Fixture.ResetAsync();
            var model = new Model();
            foreach (var step in steps)
            {
                await ApplyAsync(step, model);
            }

            await CheckAsync(model);
        }, iter: 20, threads: 1, print: steps => string.Join(", ", steps.Select(s => s.ToString())));
    }

    /// <summary>What the editors did: the last value of each field they set, hidden or not, and their history entries in order.</summary>
    private sealed class Model
    {
        public int Version { get; set; } = 1;

        public Dictionary<string, Dictionary<string, string>> Fields { get; } = [];

        public Dictionary<string, bool> Hidden { get; } = [];

        public Dictionary<string, List<(string Who, string Action, string Reason)>> Entries { get; } = [];
    }

    private async Task ApplyAsync(Step step, Model model)
    {
        switch (step)
        {
            case Report report:
                var lines = report.Lines.Select(Line);
                (await Writer().PostTextAsync($"Report {report.Article} {string.Join(",", report.Lines)}.\n{string.Join("\n", lines)}",
                    $"https://p.example/{report.Article}")).EnsureSuccessStatusCode();
                break;
            case Delete delete:
                var list = await (await Reader().GetAsync("/api/v1/articles?limit=100")).JsonAsync();
                var article = list["items"]!.AsArray().FirstOrDefault(a => a!["url"]?.GetValue<string>() == $"https://p.example/{delete.Article}");
                if (article is not null)
                {
                    Assert.Equal(HttpStatusCode.NoContent, (await Writer().DeleteAsync($"/api/v1/articles/{article.Str("id")}")).StatusCode);
                }

                break;
            case Reextract:
                model.Version++;
                var version = model.Version;
                Fixture.Extractor.Version = $"scripted-{version}";
                Fixture.Extractor.Revision = e => e with { Title = $"v{version}: {e.Title}", Location = version % 2 == 0 ? "Geneva" : null };
                await ReextractAsync();
                break;
            case Correct correct:
                await CorrectAsync(correct, model);
                break;
        }
    }

    private static string Line(int n)
    {
        var people = n % 3 == 0 ? People[..2] : n % 3 == 1 ? People[1..] : [People[0], People[2]];
        return $"call|041|{Days[n / 3]}||{string.Join(",", people)}|Call {n}";
    }

    private async Task CorrectAsync(Correct correct, Model model)
    {
        var editor = correct.Ben ? TimelineFixture.Ben : TimelineFixture.Anna;
        var client = Fixture.Editor(editor);
        var events = (await (await client.GetAsync("/api/v1/events?include=hidden&limit=500")).JsonAsync())["items"]!.AsArray();
        if (events.Count == 0)
        {
            return;
        }

        var id = events[correct.Pick % events.Count]!.Str("id");
        var (current, etag) = await client.ReadEventAsync(id, hidden: true);
        var reason = $"{editor.Name} #{correct.Pick}{correct.Field}{correct.Value}";
        var fields = model.Fields.TryGetValue(id, out var known) ? known : model.Fields[id] = [];
        var entries = model.Entries.TryGetValue(id, out var seen) ? seen : model.Entries[id] = [];
        HttpResponseMessage response;
        string action;
        switch (correct.Field)
        {
            case 0 or 1:
                var title = $"Title by {editor.Name} {correct.Value}";
                response = await client.PatchEventAsync(id, new { title, reason }, etag);
                action = current.Str("title") == title ? "" : "corrected";
                fields["title"] = title;
                break;
            case 2:
                var date = $"2025-07-{10 + correct.Value:D2}";
                response = await client.PatchEventAsync(id, new { date, reason }, etag);
                action = current.Str("date") == date ? "" : "corrected";
                fields["date"] = date;
                break;
            case 3:
                var location = $"Place {correct.Value}";
                response = await client.PatchEventAsync(id, new { location, reason }, etag);
                action = current["location"]?.GetValue<string>() == location ? "" : "corrected";
                fields["location"] = location;
                break;
            default:
                var hide = current.Str("status") != "hidden";
                response = await client.ActAsync(id, hide ? "hide" : "restore", new { reason });
                action = hide ? "hidden" : "restored";
                model.Hidden[id] = hide;
                break;
        }

        Assert.True(response.IsSuccessStatusCode, $"{response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        if (action.Length > 0 || correct.Field < 4)
        {
            // A correction to the value the event already shows is recorded too (its changes are empty).
            entries.Add((editor.Name, action.Length > 0 ? action : "corrected", reason));
        }
    }

    private async Task ReextractAsync()
    {
        var client = Fixture.Scripted.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.Anna.Key);
        var started = await client.PostAsync("/api/v1/admin/reextract", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        for (var i = 0; i < 300; i++)
        {
            var job = await (await client.GetAsync(started.Headers.Location)).JsonAsync();
            if (job.Str("state") != "running")
            {
                Assert.Equal("completed", job.Str("state"));
                return;
            }

            await Task.Delay(50);
        }

        throw new TimeoutException("re-extraction did not finish");
    }

    private async Task CheckAsync(Model model)
    {
        var editor = Fixture.Editor(TimelineFixture.Anna);
        foreach (var (id, entries) in model.Entries)
        {
            // The id an editor acted on still answers itself: no 301, no 404.
            var response = await editor.GetAsync($"/api/v1/events/{id}?include=hidden");
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"event {id}: {response.StatusCode}");
            var e = await response.JsonAsync();
            foreach (var (field, value) in model.Fields.GetValueOrDefault(id) ?? [])
            {
                Assert.Equal(value, e[field]?.GetValue<string>());
            }

            Assert.Equal(model.Hidden.GetValueOrDefault(id), e.Str("status") == "hidden");

            var history = await Reader().HistoryAsync(id);
            var ids = history.Select(h => h!["id"]!.GetValue<long>()).ToList();
            Assert.Equal(ids.Order(), ids);
            var at = history.Select(h => h!["at"]!.GetValue<DateTimeOffset>()).ToList();
            Assert.Equal(at.Order(), at);
            var editors = history.Where(h => h!["who"] is not null)
                .Select(h => (h!.Str("who"), h.Str("action"), h.Str("reason"))).ToList();
            Assert.Equal(entries, editors);
            Assert.Equal("extracted", history[0]!.Str("action"));
        }
    }
}
