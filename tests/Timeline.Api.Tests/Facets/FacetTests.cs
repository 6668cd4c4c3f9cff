using System.Text.Json.Nodes;
using Timeline.Api.Tests.Exports;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Facets;

public sealed class FacetTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Theory]
    [InlineData("")]
    [InlineData("&type=call,meeting")]
    [InlineData("&from=2025-05&to=2025-05")]
    [InlineData("&actor=ma-zhaoxu")]
    [InlineData("&publisher=ap")]
    [InlineData("&q=tariffs")]
    public async Task FacetsAgreeWithTheEventsTheyCount(string filter)
    {
        await ExportSeed.PostAsync(Writer());
        var events = await Reader().EventsAsync(filter);

        var facets = await (await Reader().GetAsync($"/api/v1/events/facets?limit=200{filter}")).JsonAsync();

        Assert.Equal(events.Count, facets["total"]!.GetValue<int>());
        Assert.Equal(events.Count(e => e!["date"] is null), facets["undated"]!.GetValue<int>());
        Assert.Equal(Count(events.Select(e => e.Str("type"))), Counts(facets, "types", "type"));
        Assert.Equal(Count(events.Where(e => e!["date"] is not null).Select(e => e.Str("date")[..4])), Counts(facets, "years", "period"));
        Assert.Equal(
            Count(events.Where(e => e!["datePrecision"]?.GetValue<string>() is "day" or "month").Select(e => e.Str("date")[..7])),
            Counts(facets, "months", "period"));
        Assert.Equal(Count(events.SelectMany(e => e.Strings("participants", "id"))), Counts(facets, "actors", "id"));
        Assert.Equal(
            Count(events.SelectMany(e => e!["sources"]!.AsArray().Select(s => s!["publisher"]?.GetValue<string>()?.ToLowerInvariant()).OfType<string>().Distinct())),
            Counts(facets, "publishers", "publisher", lower: true));
    }

    [Fact]
    public async Task ActorsAndPublishersAreTheMostFrequentFirstUpToTheLimit()
    {
        await ExportSeed.PostAsync(Writer());

        var facets = await (await Reader().GetAsync("/api/v1/events/facets?limit=2")).JsonAsync();

        var actors = facets["actors"]!.AsArray().Select(a => a!["count"]!.GetValue<int>()).ToList();
        Assert.Equal(2, actors.Count);
        Assert.True(actors[0] >= actors[1]);
        var publishers = facets["publishers"]!.AsArray();
        Assert.Equal(["AP:2", "reuters:1"], publishers.Select(p => $"{p.Str("publisher")}:{p!["count"]!.GetValue<int>()}".Replace("Reuters", "reuters")));
    }

    private static SortedDictionary<string, int> Count(IEnumerable<string> values) =>
        new(values.GroupBy(v => v).ToDictionary(g => g.Key, g => g.Count()), StringComparer.Ordinal);

    private static SortedDictionary<string, int> Counts(JsonNode facets, string facet, string key, bool lower = false) =>
        new(facets[facet]!.AsArray().ToDictionary(
            f => lower ? f.Str(key).ToLowerInvariant() : f.Str(key),
            f => f!["count"]!.GetValue<int>()), StringComparer.Ordinal);
}
