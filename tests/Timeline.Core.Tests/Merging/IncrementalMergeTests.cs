using static Timeline.Core.Tests.Merging.Claims;

namespace Timeline.Core.Tests.Merging;

/// <summary>
/// The merger re-clusters only what an article's write can reach. These tests replay random histories of posts,
/// re-posts and deletions against an in-memory store, reading exactly what the SQL reads, and check after every
/// write that the events equal those of clustering ALL stored claims from scratch.
/// </summary>
public sealed class IncrementalMergeTests
{
    private static readonly string[] People = ["wang-yi", "marco-rubio", "he-lifeng"];

    [Theory]
    [MemberData(nameof(Seeds))]
    public void EveryWriteLeavesTheEventsThatClusteringEverythingGives(int seed)
    {
        var random = new Random(seed);
        var store = new List<StoredClaim>();
        for (var step = 0; step < 40; step++)
        {
            var article = $"n{random.Next(14)}";
            var fresh = random.Next(6) == 0 ? [] : Enumerable.Range(0, 1 + random.Next(3)).Select(_ => RandomClaim(random)).ToList();

            Write(store, article, fresh);

            Assert.Equal(Describe(Reference(store)), Describe(store.GroupBy(c => c.EventId).Select(g => g.ToList())));
            Assert.All(store.GroupBy(c => c.EventId), g => Assert.Equal(g.Count(), g.Select(c => c.ArticleId).Distinct().Count()));
        }
    }

    public static TheoryData<int> Seeds() => new(Enumerable.Range(1, 150));

    // Dense on purpose: three people, two kinds, three weeks, some month and undated reports, so claims interact.
    private static Claim RandomClaim(Random random)
    {
        var day = new DateOnly(2025, 6, 25).AddDays(random.Next(21));
        var date = random.Next(10) switch
        {
            0 => $"{day:yyyy-MM}",
            1 => "-",
            _ => $"{day:yyyy-MM-dd}",
        };
        var people = People.Where(_ => random.Next(2) == 0).DefaultIfEmpty(People[random.Next(People.Length)]).ToArray();
        var claim = random.Next(4) == 0 ? Claims.Of("meeting", "043", date, people) : Call(date, people);
        return claim with { Title = $"{claim.Title} #{random.Next(1000)}" };
    }

    /// <summary>What EventMerger does, with the database replaced by <paramref name="store"/>.</summary>
    private static void Write(List<StoredClaim> store, string article, IReadOnlyList<Claim> fresh)
    {
        var articleId = ArticleId(article);
        var previous = store.Where(c => c.ArticleId == articleId).ToList();
        var search = new ScopeSearch(fresh, previous, Judge);
        while (search.Needed.Count > 0)
        {
            search.Accept(Read(store, search.Needed, articleId, search.PreviousEvents));
        }

        var plan = MergePlan.Build($"url:{article}", fresh, previous, search.Reached, Guid.NewGuid, Judge);
        store.RemoveAll(c => c.ArticleId == articleId);

        // All moves at once, as one UPDATE does: a claim may move into an event another claim of its article leaves.
        var moves = plan.Moves.Select(m => (Index: store.FindIndex(c => c.ArticleId == m.ArticleId && c.EventId == m.FromEventId), m.ToEventId)).ToList();
        foreach (var (index, to) in moves)
        {
            store[index] = store[index] with { EventId = to };
        }

        store.AddRange(fresh.Select((claim, i) => new StoredClaim(plan.FreshEventIds[i], articleId, $"url:{article}", claim)));
        Assert.DoesNotContain(store, c => plan.DeletedEvents.Contains(c.EventId));
    }

    /// <summary>ClaimStore.InWindowsAsync in memory: other articles' claims inside the windows, and all claims of their events.</summary>
    private static List<StoredClaim> Read(List<StoredClaim> store, IReadOnlyList<ClaimWindow> windows, Guid articleId, IReadOnlyList<Guid> events)
    {
        var hit = store.Where(c => c.ArticleId != articleId && windows.Any(w => w.Touches(c.Claim))).Select(c => c.EventId)
            .Concat(events).ToHashSet();
        return store.Where(c => c.ArticleId != articleId && hit.Contains(c.EventId)).ToList();
    }

    private static IEnumerable<List<StoredClaim>> Reference(List<StoredClaim> store)
    {
        var keyed = store.Select(c => new KeyedClaim(c.ArticleKey, c.Claim)).ToList();
        return ClaimClustering.Cluster(keyed, Judge).Select(group => group.Select(i => store[i]).ToList());
    }

    private static string Describe(IEnumerable<List<StoredClaim>> events) => string.Join("\n", events
        .Select(e => string.Join(" | ", e.Select(c => $"{c.ArticleKey} {c.Claim.Title}").Order(StringComparer.Ordinal)))
        .Order(StringComparer.Ordinal));
}
