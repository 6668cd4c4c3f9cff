using System.Net;
using System.Text.Json.Nodes;
using Timeline.Api.Tests.Fixtures;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Extraction.Model;
using Xunit.Abstractions;

namespace Timeline.Api.Tests.Events;

/// <summary>
/// Order and race independence through the real extractor, on short synthetic articles the project owns
/// (Fixtures/articles): several outlets report the same meeting, call, talks and tariff rise in different words.
/// </summary>
public sealed class RealExtractorOrderIndependenceTests(TimelineFixture fixture, ITestOutputHelper output) : DatabaseTest(fixture)
{
    [Fact]
    public async Task IngestingTheFixtureArticlesInGivenReversedAndShuffledOrderGivesIdenticalEvents()
    {
        var articles = FixtureArticles.All();
        var shuffled = articles.ToArray();
        new Random(42).Shuffle(shuffled);
        (string Name, FixtureArticle[] Order)[] permutations =
            [("given", articles.ToArray()), ("reversed", articles.AsEnumerable().Reverse().ToArray()), ("shuffled(42)", shuffled)];

        var results = new List<(string Name, SortedSet<string> Events)>();
        foreach (var (name, order) in permutations)
        {
            await Fixture.ResetAsync();
            var sources = new Dictionary<string, string>();
            foreach (var article in order)
            {
                sources[await PostAsync(article)] = article.File;
            }

            results.Add((name, Canonical(await AllEventsAsync(), sources)));
        }

        var differences = results.Skip(1)
            .Select(r => Describe(results[0], r))
            .Where(d => d.Length > 0)
            .ToList();
        output.WriteLine($"{results[0].Events.Count} events per permutation from {articles.Count} articles");
        Assert.True(differences.Count == 0, string.Join("\n", differences));
        Assert.NotEmpty(results[0].Events);
    }

    [Fact]
    public async Task PostingArticlesThatReportSharedEventsConcurrentlyCreatesNoDuplicateEvents()
    {
        var articles = FixtureArticles.All();

        await Task.WhenAll(articles.Select(PostAsync));

        var events = (await AllEventsAsync()).Select(e => (
            Event: e,
            Date: ParseDate(e!.Str("date")),
            Persons: string.Join(",", e!["participants"]!.AsArray().Where(p => p.Str("kind") == "person").Select(p => p.Str("id")).Order()))).ToList();
        var duplicates = (
            from a in events
            from b in events
            where string.CompareOrdinal(a.Event!.Str("id"), b.Event!.Str("id")) < 0
                && a.Event.Str("type") == b.Event.Str("type")
                && a.Persons.Length > 0 && a.Persons == b.Persons
                && a.Date.Overlaps(b.Date)
            select $"{a.Event.Str("type")} [{a.Persons}] {a.Event.Str("date")} ~ {b.Event.Str("date")}: " +
                $"'{a.Event.Str("title")}' vs '{b.Event.Str("title")}'").ToList();

        Assert.Contains(events, e => e.Event!.Str("type") == "meeting" && e.Persons == "antony-blinken,xi-jinping" && e.Event!["sourceCount"]!.GetValue<int>() == 3);
        Assert.True(duplicates.Count == 0, "duplicate events after concurrent posts:\n" + string.Join("\n", duplicates));
    }

    /// <summary>Posts one article and answers its stored id.</summary>
    private async Task<string> PostAsync(FixtureArticle article)
    {
        var response = await Fixture.Writer().PostArticleAsync(article.Body);
        Assert.True(response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK,
            $"{article.File}: {(int)response.StatusCode} {await response.Content.ReadAsStringAsync()}");
        return (await response.JsonAsync()).Str("id");
    }

    private async Task<List<JsonNode?>> AllEventsAsync()
    {
        var events = new List<JsonNode?>();
        string? cursor = null;
        do
        {
            var query = cursor is null ? string.Empty : $"&cursor={Uri.EscapeDataString(cursor)}";
            var response = await Fixture.Reader().GetAsync($"/api/v1/events?limit=500{query}");
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            var page = await response.JsonAsync();
            events.AddRange(page["items"]!.AsArray());
            cursor = page["nextCursor"]?.GetValue<string>();
        }
        while (cursor is not null);

        return events;
    }

    // Sources are named by fixture file, not by article id, because ids differ between runs.
    private static SortedSet<string> Canonical(IEnumerable<JsonNode?> events, Dictionary<string, string> fileByArticleId) =>
        new(events.Select(e =>
            $"{e.Str("type")} {e.Str("date")} {e.Str("datePrecision")} " +
            $"[{string.Join(",", e.Strings("participants", "id").Order(StringComparer.Ordinal))}] " +
            $"<{string.Join(",", e.Strings("sources", "articleId").Select(id => fileByArticleId[id]).Distinct().Order(StringComparer.Ordinal))}>"),
            StringComparer.Ordinal);

    private static string Describe((string Name, SortedSet<string> Events) first, (string Name, SortedSet<string> Events) other)
    {
        var onlyFirst = first.Events.Except(other.Events).Select(e => $"  only in {first.Name}: {e}");
        var onlyOther = other.Events.Except(first.Events).Select(e => $"  only in {other.Name}: {e}");
        var lines = onlyFirst.Concat(onlyOther).ToList();
        return lines.Count == 0 ? string.Empty : $"{first.Name} vs {other.Name}:\n{string.Join("\n", lines)}";
    }

    private static EventDate ParseDate(string value) =>
        EventDate.TryParse(value, out var date) ? date : throw new FormatException($"unparseable event date '{value}'");
}
