using System.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Hardening;

public sealed class DeleteRepostRaceTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Fact]
    public async Task DeletingAnArticleWhileItIsPostedAgainAnswersCreatedOkOrNotFoundAndLeavesAConsistentState()
    {
        var writer = Writer();
        var seen = new List<HttpStatusCode>();

        // At least 25 rounds, and more until the race has really happened (some deletes found the article and some
        // posts stored it again): which request wins depends on scheduling, so a slow machine may need more rounds.
        for (var round = 0; round < MaxRounds && (round < 25 || !RaceSeen(seen)); round++)
        {
            var url = $"https://race.example/{round}";
            var text = $"Round {round}.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call";
            var id = (await (await writer.PostTextAsync(text, url)).JsonAsync()).Str("id");

            // Deletes and re-posts of the same article at once, several of each.
            var deletes = Enumerable.Range(0, 3).Select(_ => writer.DeleteAsync($"/api/v1/articles/{id}"));
            // The posts start a little later in some rounds (0 to 12 ms) so that they land before, during and after the deletes.
            var lag = TimeSpan.FromMilliseconds(round % 5 * 3);
            var posts = Enumerable.Range(0, 3).Select(async _ =>
            {
                await Task.Delay(lag);
                return await writer.PostTextAsync(text, url);
            });
            var answers = await Task.WhenAll(deletes.Concat(posts));

            foreach (var answer in answers)
            {
                var body = await answer.Content.ReadAsStringAsync();
                Assert.True(answer.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK or HttpStatusCode.NoContent or HttpStatusCode.NotFound,
                    $"{(int)answer.StatusCode}: {body}");
                seen.Add(answer.StatusCode);
            }

            // Whatever won, the article list, the article and its events agree.
            var stored = await Reader().GetAsync($"/api/v1/articles?limit=500");
            var listed = (await stored.JsonAsync())["items"]!.AsArray().Where(a => a.Str("url") == url).ToList();
            var events = await Reader().EventsAsync();
            if (listed.Count == 0)
            {
                Assert.DoesNotContain(events, e => e!["sources"]!.AsArray().Any(s => s.Str("url") == url));
            }
            else
            {
                var article = Assert.Single(listed);
                Assert.Equal(HttpStatusCode.OK, (await Reader().GetAsync($"/api/v1/articles/{article.Str("id")}")).StatusCode);
                Assert.Contains(events, e => e!["sources"]!.AsArray().Any(s => s.Str("url") == url));
            }
        }

        Assert.True(RaceSeen(seen), $"no round of {MaxRounds} both deleted and stored the article again");
    }

    private const int MaxRounds = 200;

    private static bool RaceSeen(List<HttpStatusCode> seen) =>
        seen.Contains(HttpStatusCode.NoContent) && seen.Contains(HttpStatusCode.Created);
}
