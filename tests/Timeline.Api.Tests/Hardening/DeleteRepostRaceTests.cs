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
        for (var round = 0; round < 25; round++)
        {
            var url = $"https://race.example/{round}";
            var text = $"Round {round}.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call";
            var id = (await (await writer.PostTextAsync(text, url)).JsonAsync()).Str("id");

            // Deletes and re-posts of the same article at once, several of each.
            var deletes = Enumerable.Range(0, 3).Select(_ => writer.DeleteAsync($"/api/v1/articles/{id}"));
            var posts = Enumerable.Range(0, 3).Select(_ => writer.PostTextAsync(text, url));
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

        // The race really happened: some deletes found the article and some posts stored it again.
        Assert.Contains(HttpStatusCode.NoContent, seen);
        Assert.Contains(HttpStatusCode.Created, seen);
    }
}
