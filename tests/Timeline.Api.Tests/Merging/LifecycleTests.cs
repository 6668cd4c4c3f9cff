using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Merging;

public sealed class LifecycleTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private const string SharedCall = "call|041|2025-07-11||wang-yi,marco-rubio|Call";
    private const string OwnTariff = "tariff|172|2025-07-01||united-states,china|Tariffs";

    [Fact]
    public async Task RepostingChangedTextDropsEventsOnlyItSupportedAndKeepsSharedOnes()
    {
        var writer = Writer();
        await writer.PostTextAsync($"Other.\ncall|041|2025-07-12||wang-yi,marco-rubio|Call", "https://b.example/1");
        await writer.PostTextAsync($"First.\n{SharedCall}\n{OwnTariff}", "https://a.example/1");
        var callId = (await Reader().EventsAsync("&type=call"))[0].Str("id");

        var repost = await writer.PostTextAsync("Corrected.\ncall|041|2025-07-11||wang-yi|Call", "https://a.example/1");

        Assert.Equal(HttpStatusCode.OK, repost.StatusCode);
        var events = await Reader().EventsAsync();
        var call = Assert.Single(events);
        Assert.Equal(callId, call.Str("id"));
        Assert.Equal(2, call!["sourceCount"]!.GetValue<int>());
        Assert.Contains(call["sources"]!.AsArray(), s => s.Str("evidence").Contains("wang-yi|Call", StringComparison.Ordinal));
    }

    [Fact]
    public async Task DeletingAnArticleRemovesItsOwnEventsAndReDerivesSharedOnes()
    {
        var writer = Writer();
        var kept = await (await writer.PostTextAsync("Month.\ncall|041|2025-07||wang-yi,marco-rubio|Call", "https://b.example/1")).JsonAsync();
        var removed = await (await writer.PostTextAsync($"Day.\n{SharedCall}\n{OwnTariff}", "https://a.example/1")).JsonAsync();
        var callId = (await Reader().EventsAsync("&type=call"))[0].Str("id");

        var response = await writer.DeleteAsync($"/api/v1/articles/{removed.Str("id")}");

        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var call = Assert.Single(await Reader().EventsAsync());
        Assert.Equal((callId, "2025-07", "month"), (call.Str("id"), call.Str("date"), call.Str("datePrecision")));
        Assert.Equal(kept.Str("id"), Assert.Single(call!["sources"]!.AsArray()).Str("articleId"));
        Assert.Equal(HttpStatusCode.NotFound, (await Reader().GetAsync($"/api/v1/articles/{removed.Str("id")}")).StatusCode);
    }

    [Fact]
    public async Task AnUnchangedRepostKeepsEverythingAndAnswersOk()
    {
        var writer = Writer();
        var first = await writer.PostTextAsync($"Text.\n{SharedCall}", "https://a.example/1");
        var second = await writer.PostTextAsync($"Text.\n{SharedCall}", "https://a.example/1");

        Assert.Equal((HttpStatusCode.Created, HttpStatusCode.OK), (first.StatusCode, second.StatusCode));
        Assert.Equal((await first.JsonAsync()).Str("id"), (await second.JsonAsync()).Str("id"));
        Assert.Single(await Reader().EventsAsync());
    }

    [Fact]
    public async Task DeletingAnUnknownArticleIsNotFound() =>
        Assert.Equal(HttpStatusCode.NotFound, (await Writer().DeleteAsync($"/api/v1/articles/{Guid.NewGuid()}")).StatusCode);
}
