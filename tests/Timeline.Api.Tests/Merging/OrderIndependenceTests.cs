using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Merging;

public sealed class OrderIndependenceTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private static readonly string[] Articles =
    [
        "Wire.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call",
        "Readout.\ncall|041|2025-07-12||wang-yi,marco-rubio|Call\nstatement|010|2025-07-12||china|China says",
        "Summary.\ncall|041|2025-07||wang-yi|July call",
        "Later.\ncall|041|2025-08-18||wang-yi,marco-rubio|Second call",
        "Tariffs.\ntariff|172|2025-07-01||united-states,china|Tariffs\nmeeting|040|2025-07-20|Geneva|scott-bessent,he-lifeng|Talks",
        "More.\nmeeting|040|2025-07-20||scott-bessent,he-lifeng|Geneva meeting",
    ];

    [Fact]
    public async Task IngestingTheSameArticlesInAnyOrderGivesTheSameEvents()
    {
        int[][] orders = [[0, 1, 2, 3, 4, 5], [5, 4, 3, 2, 1, 0], [2, 0, 3, 5, 1, 4], [3, 2, 1, 0, 5, 4]];
        var results = new List<string>();
        foreach (var order in orders)
        {
            await Fixture.ResetAsync();
            foreach (var index in order)
            {
                await Writer().PostTextAsync(Articles[index], $"https://news.example/{index}");
            }

            results.Add(await DescribeAsync());
        }

        Assert.All(results, r => Assert.Equal(results[0], r));
        Assert.Contains("call 2025-07-11 [marco-rubio,wang-yi] <0,1,2>", results[0]);
    }

    private async Task<string> DescribeAsync()
    {
        var events = await Reader().EventsAsync();
        return string.Join("\n", events.Select(e =>
            $"{e.Str("type")} {e.Str("date")} [{string.Join(",", e.Strings("participants", "id").Order())}] " +
            $"<{string.Join(",", e.Strings("sources", "url").Select(u => u[^1..]).Order())}>").Order());
    }
}
