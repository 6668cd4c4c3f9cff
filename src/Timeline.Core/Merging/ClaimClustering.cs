using System.Globalization;
using Timeline.Core.Claims;
using Timeline.Extraction.Model;

namespace Timeline.Core.Merging;

/// <summary>
/// A claim with the stable identity of the article that makes it (url or content hash, never a random id), and the
/// event an editor pinned it to, if any.
/// </summary>
public sealed record KeyedClaim(string ArticleKey, Claim Claim, Guid? PinnedTo = null);

/// <summary>
/// Groups the claims of one merge key into events as a function of the SET of claims only, so the
/// same articles give the same events whatever order they arrived in (issue 4, point 3).
/// Day-dated claims anchor events by single linkage; coarser claims then join the one anchor event they
/// agree with completely, or group among themselves the same way (complete linkage). One article never puts two claims into one group.
/// </summary>
public static class ClaimClustering
{
    /// <summary>Answers groups of indexes into <paramref name="claims"/>, each group and the list in canonical order.</summary>
    public static IReadOnlyList<IReadOnlyList<int>> Cluster(IReadOnlyList<KeyedClaim> claims, ISameEventJudge judge)
    {
        var order = Enumerable.Range(0, claims.Count)
            .OrderBy(i => claims[i], CanonicalOrder.Instance)
            .ToList();
        var anchors = order.Where(i => claims[i].Claim.Date?.Precision == DatePrecision.Day).ToList();
        var coarse = order.Where(i => claims[i].Claim.Date?.Precision != DatePrecision.Day && claims[i].PinnedTo is null).ToList();

        var groups = new Groups(claims, judge);
        groups.PinTogether(order);
        groups.LinkSingly(anchors);
        var pinned = order.Where(i => claims[i].PinnedTo is not null).ToList();
        AnchorCoarsePins(groups, claims, pinned, anchors, judge);
        var anchorRoots = anchors.Concat(pinned).Select(groups.Find).Distinct().ToList();
        var members = anchorRoots.ToDictionary(r => r, r => order.Where(a => groups.Find(a) == r).ToList());

        var unplaced = new List<int>();
        foreach (var index in coarse)
        {
            // A coarse claim joins only an anchor event it agrees with entirely, so "July" cannot bridge two July calls.
            // Anchor roots are listed by their first member in canonical order: the earliest event wins.
            var home = anchorRoots
                .Where(r => !groups.HasArticle(r, claims[index].ArticleKey)
                    && judge.JudgeAll(claims[index].Claim, members[r].Select(m => claims[m].Claim)))
                .Cast<int?>()
                .FirstOrDefault();
            if (home is { } root)
            {
                groups.Union(root, index);
            }
            else
            {
                unplaced.Add(index);
            }
        }

        GroupCompletely(groups, claims, unplaced, judge);
        return order
            .GroupBy(groups.Find)
            .Select(g => (IReadOnlyList<int>)g.ToList())
            .ToList();
    }

    /// <summary>
    /// An editor's event known only to the month (its pinned claims all coarse) takes the first unpinned day-dated
    /// group that agrees with all of its claims, as a coarse claim joins an anchor event: a new report of the day then
    /// joins the corrected event instead of starting another.
    /// </summary>
    private static void AnchorCoarsePins(Groups groups, IReadOnlyList<KeyedClaim> claims, List<int> pinned, List<int> anchors, ISameEventJudge judge)
    {
        foreach (var pinRoot in pinned.Select(groups.Find).Distinct().ToList())
        {
            var pinMembers = pinned.Where(i => groups.Find(i) == pinRoot).ToList();
            if (pinMembers.Any(i => claims[i].Claim.Date?.Precision == DatePrecision.Day))
            {
                continue;
            }

            var home = anchors.Select(groups.Find).Distinct()
                .Where(r => !groups.IsPinned(r))
                .Select(r => anchors.Where(a => groups.Find(a) == r).ToList())
                .FirstOrDefault(members => members.All(m => !groups.HasArticle(pinRoot, claims[m].ArticleKey)
                    && judge.JudgeAll(claims[m].Claim, pinMembers.Select(p => claims[p].Claim))));
            if (home is not null)
            {
                groups.Union(pinRoot, home[0]);
            }
        }
    }

    /// <summary>
    /// Coarse claims that fit no anchor group among themselves, each joining the first group it agrees with
    /// entirely: one "May" report naming only Perdue must not chain his May and June meetings into one event.
    /// </summary>
    private static void GroupCompletely(Groups groups, IReadOnlyList<KeyedClaim> claims, List<int> ordered, ISameEventJudge judge)
    {
        var formed = new List<List<int>>();
        foreach (var index in ordered)
        {
            var home = formed.FirstOrDefault(members =>
                !groups.HasArticle(members[0], claims[index].ArticleKey)
                && judge.JudgeAll(claims[index].Claim, members.Select(m => claims[m].Claim)));
            if (home is null)
            {
                formed.Add([index]);
            }
            else
            {
                groups.Union(home[0], index);
                home.Add(index);
            }
        }
    }

    /// <summary>Date earliest first, finest precision first, undated last; then the article; then the claim's own fields.</summary>
    public sealed class CanonicalOrder : IComparer<KeyedClaim>
    {
        public static readonly CanonicalOrder Instance = new();

        public int Compare(KeyedClaim? x, KeyedClaim? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var (a, b) = (x.Claim, y.Claim);
            var byDate = (a.Date, b.Date) switch
            {
                (null, null) => 0,
                (null, _) => 1,
                (_, null) => -1,
                var (p, q) => p.Earliest != q.Earliest ? p.Earliest.CompareTo(q.Earliest) : p.Precision.CompareTo(q.Precision),
            };
            return byDate != 0 ? byDate : string.CompareOrdinal(SortKey(x), SortKey(y));
        }

        private static string SortKey(KeyedClaim keyed)
        {
            var c = keyed.Claim;
            var participants = string.Join(",", c.Participants
                .Select(p => $"{p.Kind}:{p.ActorId}:{p.Role}")
                .Order(StringComparer.Ordinal));
            return string.Join("\u001f", keyed.ArticleKey, keyed.PinnedTo, c.Type, c.CameoCode, c.Location, participants, c.Title, c.Summary,
                c.Confidence.ToString("R", CultureInfo.InvariantCulture), string.Join(",", c.Topics));
        }
    }

    /// <summary>Union-find over claim indexes that remembers which articles each group holds, and its editor pin.</summary>
    private sealed class Groups
    {
        private readonly IReadOnlyList<KeyedClaim> claims;
        private readonly ISameEventJudge judge;
        private readonly Dictionary<int, int> parent = [];
        private readonly Dictionary<int, HashSet<string>> articles = [];
        private readonly Dictionary<int, Guid?> pins = [];

        public Groups(IReadOnlyList<KeyedClaim> claims, ISameEventJudge judge)
        {
            this.claims = claims;
            this.judge = judge;
            for (var i = 0; i < claims.Count; i++)
            {
                parent[i] = i;
                articles[i] = new HashSet<string>(StringComparer.Ordinal) { claims[i].ArticleKey };
                pins[i] = claims[i].PinnedTo;
            }
        }

        /// <summary>Claims pinned to one event form one group before anything else is linked.</summary>
        public void PinTogether(IReadOnlyList<int> ordered)
        {
            foreach (var pinned in ordered.Where(i => claims[i].PinnedTo is not null).GroupBy(i => claims[i].PinnedTo))
            {
                foreach (var index in pinned.Skip(1))
                {
                    Union(pinned.First(), index);
                }
            }
        }

        public int Find(int index)
        {
            while (parent[index] != index)
            {
                parent[index] = parent[parent[index]];
                index = parent[index];
            }

            return index;
        }

        public bool HasArticle(int index, string articleKey) => articles[Find(index)].Contains(articleKey);

        public bool IsPinned(int index) => pins[Find(index)] is not null;

        /// <summary>Joins two groups unless that would put two claims of one article, or two editors' events, together.</summary>
        public void Union(int a, int b)
        {
            var (rootA, rootB) = (Find(a), Find(b));
            if (rootA == rootB || articles[rootA].Overlaps(articles[rootB])
                || (pins[rootA] is { } pinA && pins[rootB] is { } pinB && pinA != pinB))
            {
                return;
            }

            parent[rootB] = rootA;
            articles[rootA].UnionWith(articles[rootB]);
            pins[rootA] ??= pins[rootB];
        }

        /// <summary>Single linkage over compatible pairs, visited in the canonical order of <paramref name="ordered"/>.</summary>
        public void LinkSingly(IReadOnlyList<int> ordered)
        {
            for (var i = 0; i < ordered.Count; i++)
            {
                var a = claims[ordered[i]].Claim;
                for (var j = i + 1; j < ordered.Count; j++)
                {
                    var b = claims[ordered[j]].Claim;

                    // Sorted by earliest date, so once b starts past a's end (plus slack) no later claim can match a.
                    if (a.Date is { } da && b.Date is { } db && db.Earliest > da.Latest.AddDays(SameEventFamily.SlackDays))
                    {
                        break;
                    }

                    if (judge.Judge(a, b))
                    {
                        Union(ordered[i], ordered[j]);
                    }
                }
            }
        }
    }
}
