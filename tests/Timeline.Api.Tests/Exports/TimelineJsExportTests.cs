using System.Text.Json;
using System.Text.Json.Nodes;
using Json.Schema;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Exports;

public sealed class TimelineJsExportTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private static readonly JsonSchema Schema = JsonSchema.FromFile(Path.Combine(AppContext.BaseDirectory, "Exports", "timelinejs.schema.json"));

    [Fact]
    public async Task TheTimelineJsExportValidatesAgainstTheTimelineJsFormat()
    {
        await ExportSeed.PostAsync(Writer());

        using var json = JsonDocument.Parse(await Reader().GetStringAsync("/api/v1/events/export?format=timelinejs"));
        var result = Schema.Evaluate(json.RootElement, new EvaluationOptions { OutputFormat = OutputFormat.List });

        Assert.True(result.IsValid, JsonSerializer.Serialize(result.Details?.Where(d => !d.IsValid && d.Errors is not null).Select(d => new { d.InstanceLocation, d.Errors })));
    }

    [Fact]
    public async Task EachDatedEventIsASlideAtItsPrecision()
    {
        await ExportSeed.PostAsync(Writer());
        var dated = (await Reader().EventsAsync()).Where(e => e!["date"] is not null).ToList();

        var slides = JsonNode.Parse(await Reader().GetStringAsync("/api/v1/events/export?format=timelinejs"))!["events"]!.AsArray();

        Assert.Equal(dated.Count, slides.Count);
        foreach (var e in dated)
        {
            var slide = Assert.Single(slides, s => s!.Str("unique_id") == $"event-{Guid.Parse(e.Str("id")):N}")!;
            var date = slide["start_date"]!.AsObject();
            var parts = e.Str("date").Split('-').Select(int.Parse).ToArray();
            Assert.Equal(parts, new[] { "year", "month", "day" }.Where(date.ContainsKey).Select(k => date[k]!.GetValue<int>()));
            Assert.Equal(System.Net.WebUtility.HtmlEncode(e.Str("title")), slide["text"]!.Str("headline"));
        }
    }
}
