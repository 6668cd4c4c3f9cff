using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Merging;

public sealed class MergingTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private const string WangRubioCall = "call|041|2025-07-11||wang-yi,marco-rubio|Wang Yi and Marco Rubio hold a call";

    [Fact]
    public async Task TwoReportsOfOneCallBecomeOneEventWithBothSources()
    {
        var writer = Writer();
        await writer.PostTextAsync($"Reuters story.\n{WangRubioCall}", "https://a.example/1", "Reuters");
        await writer.PostTextAsync($"Xinhua readout.\ncall|041|2025-07-12||wang-yi,marco-rubio|Rubio call", "https://b.example/1", "Xinhua");

        var events = await Reader().EventsAsync();

        var call = Assert.Single(events);
        Assert.Equal(2, call!["sourceCount"]!.GetValue<int>());
        Assert.Equal(2, call["publisherCount"]!.GetValue<int>());
        Assert.Equal(2, call["sources"]!.AsArray().Count);
        Assert.Equal(["2025-07-11", "2025-07-12"], call.Strings("claims", "date").Order());
        Assert.Equal("2025-07-11", call.Str("date"));
    }

    [Fact]
    public async Task CallsBetweenTheSamePeopleAWeekApartStayTwoEvents()
    {
        var writer = Writer();
        await writer.PostTextAsync($"One.\n{WangRubioCall}");
        await writer.PostTextAsync("Two.\ncall|041|2025-07-18||wang-yi,marco-rubio|Another call");

        Assert.Equal(2, (await Reader().EventsAsync()).Count);
    }

    [Fact]
    public async Task AMonthReportMergesWithADayReportAndTheEventTakesTheDay()
    {
        var writer = Writer();
        await writer.PostTextAsync("Vague.\ncall|041|2025-07||wang-yi,marco-rubio|A call in July");
        await writer.PostTextAsync($"Precise.\n{WangRubioCall}");

        var call = Assert.Single(await Reader().EventsAsync());
        Assert.Equal(("2025-07-11", "day"), (call.Str("date"), call.Str("datePrecision")));
    }

    [Fact]
    public async Task AWireStoryReprintedByOnePublisherCountsAsOnePublisher()
    {
        var writer = Writer();
        await writer.PostTextAsync($"Wire.\n{WangRubioCall}", "https://a.example/wire", "AP");
        await writer.PostTextAsync($"Reprint.\n{WangRubioCall}", "https://b.example/wire", "AP");

        var call = Assert.Single(await Reader().EventsAsync());
        Assert.Equal((2, 1), (call!["sourceCount"]!.GetValue<int>(), call["publisherCount"]!.GetValue<int>()));
    }

    [Fact]
    public async Task AnArticleNeverMergesTwoOfItsOwnEvents()
    {
        await Writer().PostTextAsync($"Two calls.\n{WangRubioCall}\ncall|041|2025-07-12||wang-yi,marco-rubio|A second call");

        Assert.Equal(2, (await Reader().EventsAsync()).Count);
    }

    [Fact]
    public async Task DifferentPeopleOnTheSameDayAreNotMerged()
    {
        var writer = Writer();
        await writer.PostTextAsync($"One.\n{WangRubioCall}");
        await writer.PostTextAsync("Two.\ncall|041|2025-07-11||wang-yi,scott-bessent|Wang Bessent call");

        Assert.Equal(2, (await Reader().EventsAsync()).Count);
    }

    [Fact]
    public async Task ManyReportsOfOneEventPostedAtOnceGiveOneEventCitingAll()
    {
        var writer = Writer();
        var posts = Enumerable.Range(0, 8).Select(i =>
            writer.PostTextAsync($"Report {i}.\ncall|041|2025-07-1{1 + (i % 2)}||wang-yi,marco-rubio|Call", $"https://r{i}.example/call", $"Outlet {i}"));

        var responses = await Task.WhenAll(posts);

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.Created, r.StatusCode));
        var call = Assert.Single(await Reader().EventsAsync());
        Assert.Equal(8, call!["sourceCount"]!.GetValue<int>());
    }

    [Fact]
    public async Task ReClusteringCanMoveAClaimIntoTheEventItsSiblingLeaves()
    {
        // Before the last post: {n8 day, n12 month} and {n12 day, n8 month}. The last post takes both month reports,
        // so one article's claim moves into the event its other claim is moving out of, in the same statement.
        var writer = Writer();
        await writer.PostTextAsync("A.\ncall|041|2025-07-10||wang-yi,he-lifeng|n12 day\ncall|041|2025-07||he-lifeng|n12 month", "https://n12.example/");
        await writer.PostTextAsync("B.\ncall|041|2025-07||he-lifeng|n8 month\ncall|041|2025-07-05||marco-rubio,he-lifeng|n8 day", "https://n8.example/");
        var last = await writer.PostTextAsync("C.\ncall|041|2025-07-05||wang-yi,he-lifeng|n7 day", "https://n7.example/");

        Assert.Equal(HttpStatusCode.Created, last.StatusCode);
        var events = (await Reader().EventsAsync())
            .Select(e => string.Join(" + ", e!["sources"]!.AsArray().Select(s => s.Str("evidence").Split('|')[^1]).Order()))
            .Order()
            .ToList();
        Assert.Equal(["n12 day", "n12 month + n7 day + n8 month", "n8 day"], events);
    }
}
