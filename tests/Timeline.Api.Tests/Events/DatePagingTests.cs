using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Events;

public sealed class DatePagingTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private async Task SeedAsync()
    {
        var writer = Writer();
        await writer.PostTextAsync("A.\nstatement|010|2025||china|Year statement", "https://a.example/1");
        await writer.PostTextAsync("B.\ncall|041|2025-04||wang-yi|April call", "https://b.example/1");
        await writer.PostTextAsync("C.\nmeeting|043|2025-05||wang-yi|May meeting", "https://c.example/1");
        await writer.PostTextAsync("D.\ncall|041|2025-05-22||marco-rubio|Day call", "https://d.example/1");
        await writer.PostTextAsync("E.\ncall|041|2025-05-10||he-lifeng|Early call", "https://e.example/1");
        await writer.PostTextAsync("F.\ncall|041|2025-07-02||he-lifeng|Later call", "https://f.example/1");
    }

    [Theory]
    [InlineData("asc", "Year statement,May meeting,Day call")]
    [InlineData("desc", "Day call,May meeting,Year statement")]
    public async Task PagesOfOneOverADateRangeIncludeMonthsAndYearsThatBeganBeforeIt(string order, string expected)
    {
        await SeedAsync();
        var titles = new List<string>();
        string? cursor = null;
        do
        {
            var query = $"/api/v1/events?from=2025-05-20&to=2025-06&limit=1&order={order}" + (cursor is null ? "" : $"&cursor={cursor}");
            var page = await (await Reader().GetAsync(query)).JsonAsync();
            titles.AddRange(page["items"]!.AsArray().Select(e => e.Str("title")));
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null && titles.Count < 10);

        Assert.Equal(expected, string.Join(",", titles));
    }

    [Fact]
    public async Task FullTextFindsWordsThatOnlyTheEvidenceContains()
    {
        await SeedAsync();

        var events = await Reader().EventsAsync("&q=rubio");

        Assert.Equal("Day call", Assert.Single(events).Str("title"));
    }
}
