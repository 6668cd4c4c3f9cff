using System.Net.Http.Json;
using System.Text.Json.Nodes;
using PuppeteerSharp;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Clients;

/// <summary>The timeline page, Swagger UI and the TimelineJS export in headless Chromium against the service with the sample articles.</summary>
[Collection(TimelineCollection.Name)]
public sealed class BrowserTests(TimelineFixture fixture)
{
    private static readonly TimeSpan Wait = TimeSpan.FromSeconds(30);

    [Fact]
    public async Task TheTimelinePageShowsTheSampleEventsWithNoConsoleErrors()
    {
        await using var server = await LiveServer.StartWithSamplesAsync(fixture);
        var total = await TotalAsync(server, "");
        await using var browser = await Chromium.LaunchAsync();
        var (page, errors) = await Chromium.OpenAsync(browser);

        await page.GoToAsync(new Uri(server.Address, "/").ToString(), WaitUntilNavigation.Networkidle0);
        await page.WaitForSelectorAsync("#summary strong", new WaitForSelectorOptions { Timeout = (int)Wait.TotalMilliseconds });
        var shown = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('#events .event').length");
        var summary = await page.EvaluateExpressionAsync<string>("document.querySelector('#summary strong').textContent");
        var titles = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#events .event h2')].map(h => h.textContent)");

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(total > 0);
        Assert.Equal(total, shown);
        Assert.Equal($"{total} events", summary);
        Assert.Contains(await CallTitleAsync(server), titles);
    }

    [Fact]
    public async Task FilteringOnThePageAsksTheApiAndKeepsTheFilterInTheAddress()
    {
        await using var server = await LiveServer.StartWithSamplesAsync(fixture);
        var calls = await TotalAsync(server, "type=call");
        await using var browser = await Chromium.LaunchAsync();
        var (page, errors) = await Chromium.OpenAsync(browser);

        await page.GoToAsync(new Uri(server.Address, "/timeline").ToString(), WaitUntilNavigation.Networkidle0);
        await page.SelectAsync("select[name=type]", "call");
        await page.ClickAsync("#filters button[type=submit]");
        await page.WaitForFunctionAsync($"() => document.querySelector('#summary strong')?.textContent === '{calls} event{(calls == 1 ? "" : "s")}'", new WaitForFunctionOptions { Timeout = (int)Wait.TotalMilliseconds });
        var types = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('#events .event .type')].map(t => t.textContent)");
        var csv = await page.EvaluateExpressionAsync<string>("document.getElementById('export-csv').getAttribute('href')");

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal(Enumerable.Repeat("call", calls), types);
        Assert.EndsWith("?type=call", page.Url);
        Assert.Equal("api/v1/events/export?format=csv&type=call", csv);
    }

    [Fact]
    public async Task AnEditorWithAKeyCorrectsAnEventOnThePageWhichThenShowsTheMarkAndTheHistory()
    {
        await using var server = await LiveServer.StartWithSamplesAsync(fixture);
        var extracted = await CallTitleAsync(server);
        await using var browser = await Chromium.LaunchAsync();
        var (page, errors) = await Chromium.OpenAsync(browser);
        var id = await CallIdAsync(server);
        var item = $"document.querySelector('#events .event[data-id=\"{id}\"]')";
        var timeout = new WaitForFunctionOptions { Timeout = (int)Wait.TotalMilliseconds };

        await page.GoToAsync(new Uri(server.Address, "/").ToString(), WaitUntilNavigation.Networkidle0);
        await page.WaitForSelectorAsync("#summary strong", new WaitForSelectorOptions { Timeout = (int)Wait.TotalMilliseconds });
        Assert.Equal(0, await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.correct-open').length"));
        await page.ClickAsync("#editor summary");
        await page.TypeAsync("#editor-key", TimelineFixture.Anna.Key);
        await page.Keyboard.PressAsync("Tab");
        await page.WaitForFunctionAsync($"() => {item}?.querySelector('.correct-open')", timeout);
        await page.EvaluateExpressionAsync($"{item}.querySelector('.correct-open').click()");
        await page.EvaluateExpressionAsync(
            $"(() => {{ const form = {item}.querySelector('form.correct'); " +
            "form.elements.title.value = 'Ma Zhaoxu and Christopher Landau speak by phone'; " +
            "form.elements.reason.value = 'house style'; form.querySelector('button').click(); })()");
        await page.WaitForFunctionAsync($"() => {item}?.querySelector('.status-corrected') && {item}.querySelector('h2').textContent.includes('speak by phone')", timeout);
        var machine = await page.EvaluateExpressionAsync<string>($"{item}.querySelector('.machine').textContent");
        await page.EvaluateExpressionAsync($"{item}.querySelector('.history summary').click()");
        await page.WaitForFunctionAsync($"() => [...{item}.querySelectorAll('.history-who')].some(w => w.textContent === 'desk-anna')", timeout);
        var reasons = await page.EvaluateExpressionAsync<string[]>($"[...{item}.querySelectorAll('.history-reason')].map(r => r.textContent)");

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.Equal($"title as extracted: {extracted}", machine);
        Assert.Contains("Why: house style", reasons);
        using var client = new HttpClient { BaseAddress = server.Address };
        var events = await client.GetFromJsonAsync<JsonObject>("/api/v1/events?q=%22speak%20by%20phone%22");
        Assert.Equal("corrected", events!["items"]![0]!["status"]!.GetValue<string>());
    }

    [Fact]
    public async Task SwaggerUiTryItOutOnTheEventListShowsA200()
    {
        await using var server = await LiveServer.StartWithSamplesAsync(fixture);
        await using var browser = await Chromium.LaunchAsync();
        var (page, errors) = await Chromium.OpenAsync(browser);

        await page.GoToAsync(new Uri(server.Address, "/swagger/index.html").ToString(), WaitUntilNavigation.Networkidle0);
        var operation = await page.WaitForSelectorAsync("#operations-Events-ListEvents", new WaitForSelectorOptions { Timeout = (int)Wait.TotalMilliseconds });
        await page.ClickAsync("#operations-Events-ListEvents .opblock-summary-control");
        await page.WaitForSelectorAsync("#operations-Events-ListEvents .try-out__btn");
        await page.ClickAsync("#operations-Events-ListEvents .try-out__btn");
        await page.ClickAsync("#operations-Events-ListEvents .execute");
        var status = await page.WaitForSelectorAsync("#operations-Events-ListEvents .live-responses-table tbody .response-col_status", new WaitForSelectorOptions { Timeout = (int)Wait.TotalMilliseconds });
        var code = await status.EvaluateFunctionAsync<string>("s => s.textContent.trim()");
        var url = await page.EvaluateExpressionAsync<string>("document.querySelector('#operations-Events-ListEvents .request-url pre')?.textContent ?? ''");

        Assert.NotNull(operation);
        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.StartsWith("200", code);
        Assert.Contains("/api/v1/events", url);
    }

    [Fact]
    public async Task TheTimelineJsExportLoadsInTimelineJsAsItIs()
    {
        await using var server = await LiveServer.StartWithSamplesAsync(fixture);
        string export;
        using (var client = new HttpClient { BaseAddress = server.Address })
        {
            export = await client.GetStringAsync("/api/v1/events/export?format=timelinejs");
        }

        var slides = JsonNode.Parse(export)!["events"]!.AsArray().Count;
        var dist = Path.Combine(NodeTools.Folder, "node_modules", "@knight-lab", "timelinejs", "dist");
        NodeTools.EnsureInstalled();
        await using var browser = await Chromium.LaunchAsync();
        var (page, errors) = await Chromium.OpenAsync(browser);
        await page.SetRequestInterceptionAsync(true);
        // A page on its own origin with TimelineJS from its npm package: script_path keeps every asset local, and the
        // Georgia/Helvetica font set is the one that needs no web font.
        const string Html = """
            <!doctype html><html><head><link rel="icon" href="data:,"><link rel="stylesheet" href="/css/timeline.css">
            <script src="/js/timeline.js"></script></head><body><div id="timeline" style="width:1000px;height:600px"></div>
            <script>window.timeline = new TL.Timeline('timeline', '/export.json', { script_path: 'http://timelinejs.test/js/', font: 'georgia-helvetica' });</script>
            </body></html>
            """;
        page.Request += async (_, e) =>
        {
            var path = new Uri(e.Request.Url).AbsolutePath;
            var file = Path.Combine(dist, path.TrimStart('/'));
            var response = path switch
            {
                "/" => new ResponseData { Body = Html, ContentType = "text/html" },
                "/export.json" => new ResponseData { Body = export, ContentType = "application/json" },
                _ when new Uri(e.Request.Url).Host == "timelinejs.test" && File.Exists(file) =>
                    new ResponseData { BodyData = await File.ReadAllBytesAsync(file), ContentType = path.EndsWith(".css") ? "text/css" : path.EndsWith(".js") ? "application/javascript" : "application/octet-stream" },
                _ => new ResponseData { Status = System.Net.HttpStatusCode.NotFound },
            };
            await e.Request.RespondAsync(response);
        };

        await page.GoToAsync("http://timelinejs.test/", WaitUntilNavigation.Networkidle0);
        await page.WaitForFunctionAsync("() => document.querySelectorAll('.tl-slide').length > 1 || document.querySelector('.tl-message-content')?.textContent", new WaitForFunctionOptions { Timeout = (int)Wait.TotalMilliseconds });
        var headlines = await page.EvaluateExpressionAsync<string[]>("[...document.querySelectorAll('.tl-slide .tl-headline')].map(h => h.textContent.trim())");
        var rendered = await page.EvaluateExpressionAsync<int>("document.querySelectorAll('.tl-slide').length");
        var message = await page.EvaluateExpressionAsync<string>("document.querySelector('.tl-message-content')?.textContent ?? ''");

        Assert.True(errors.Count == 0, string.Join("\n", errors));
        Assert.True(slides > 0);
        Assert.Contains(await CallTitleAsync(server), headlines);
        Assert.Contains("US–China timeline", headlines);
        Assert.Equal(slides + 1, rendered);
        Assert.Equal("", message.Trim());
    }

    private static async Task<string> CallIdAsync(LiveServer server)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        var events = await client.GetFromJsonAsync<JsonObject>("/api/v1/events?type=call&actor=ma-zhaoxu");
        return events!["items"]![0]!["id"]!.GetValue<string>();
    }

    /// <summary>The title the API gives the sample articles' call between Ma Zhaoxu and Christopher Landau.</summary>
    private static async Task<string> CallTitleAsync(LiveServer server)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        var events = await client.GetFromJsonAsync<JsonObject>("/api/v1/events?type=call&actor=ma-zhaoxu");
        return events!["items"]![0]!["title"]!.GetValue<string>();
    }

    private static async Task<int> TotalAsync(LiveServer server, string query)
    {
        using var client = new HttpClient { BaseAddress = server.Address };
        var facets = await client.GetFromJsonAsync<JsonObject>($"/api/v1/events/facets?{query}");
        return facets!["total"]!.GetValue<int>();
    }
}
