using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Editing;

/// <summary>Two editors correct the same event at the same moment from the same version.</summary>
public sealed class ConcurrentEditorsTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Fact]
    public async Task ExactlyOneOfTwoConcurrentPatchesWinsTheOtherGetsPreconditionFailedAndNothingIsLost()
    {
        (await Writer().PostTextAsync("Text.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call", "https://a.example/1")).EnsureSuccessStatusCode();
        var id = (await Reader().EventsAsync())[0].Str("id");
        for (var round = 0; round < 10; round++)
        {
            var (_, etag) = await Reader().ReadEventAsync(id);
            var anna = Fixture.Editor(TimelineFixture.Anna).PatchEventAsync(id, new { title = $"Anna {round}", reason = "a" }, etag);
            var ben = Fixture.Editor(TimelineFixture.Ben).PatchEventAsync(id, new { summary = $"Ben {round}", reason = "b" }, etag);
            var answers = await Task.WhenAll(anna, ben);

            var statuses = answers.Select(a => a.StatusCode).Order().ToList();
            Assert.Equal([HttpStatusCode.OK, HttpStatusCode.PreconditionFailed], statuses);
            var winner = answers[0].StatusCode == HttpStatusCode.OK ? "desk-anna" : "desk-ben";
            var history = await Reader().HistoryAsync(id);
            Assert.Equal(winner, history.Last()!.Str("who"));
            var (e, _) = await Reader().ReadEventAsync(id);
            Assert.Equal(winner == "desk-anna" ? $"Anna {round}" : $"Ben {round}",
                winner == "desk-anna" ? e.Str("title") : e.Str("summary"));
        }

        // Every winning change is in the history, in order, and each names the value the one before it left.
        var changes = (await Reader().HistoryAsync(id)).Where(h => h!["who"] is not null).ToList();
        Assert.Equal(10, changes.Count);
        Assert.Equal(changes.Select(c => c!["id"]!.GetValue<long>()).Order(), changes.Select(c => c!["id"]!.GetValue<long>()));
    }
}
