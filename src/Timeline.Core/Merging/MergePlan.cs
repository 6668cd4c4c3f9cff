using Timeline.Core.Claims;

namespace Timeline.Core.Merging;

/// <summary>An event to insert (<see cref="IsNew"/>) or to overwrite with values derived from its new set of claims.</summary>
public sealed record PlannedEvent(Guid Id, bool IsNew, DerivedEvent Derived)
{
    /// <summary>How many claims (sources) the event has after the write.</summary>
    public int SourceCount { get; init; }
}

/// <summary>A stored claim of another article that now belongs to another event.</summary>
public sealed record ClaimMove(Guid ArticleId, Guid FromEventId, Guid ToEventId);

/// <summary>
/// What one article's write changes, decided without a database: the article's previous claims are replaced by
/// <c>Fresh</c> (inserted into the events given by <see cref="FreshEventIds"/>, pinned where <see cref="FreshPinned"/>
/// says so), reached claims of other articles move where the new clusters put them, changed events are re-derived and
/// events left without claims are deleted; <see cref="Aliases"/> sends each deleted event's links to the event that
/// took most of its claims.
/// </summary>
public sealed record MergePlan(
    IReadOnlyList<PlannedEvent> Events,
    IReadOnlyList<Guid> FreshEventIds,
    IReadOnlyList<ClaimMove> Moves,
    IReadOnlyList<Guid> DeletedEvents)
{
    public IReadOnlyList<bool> FreshPinned { get; init; } = [];

    public IReadOnlyDictionary<Guid, Guid> Aliases { get; init; } = new Dictionary<Guid, Guid>();

    /// <summary>
    /// Clusters the reached claims with the article's fresh ones (<see cref="ClaimClustering"/>, a function of the set
    /// of claims), then keeps existing event ids where the clusters allow (<see cref="EventIds"/>).
    /// </summary>
    public static MergePlan Build(
        string articleKey,
        IReadOnlyList<Claim> fresh,
        IReadOnlyList<StoredClaim> previous,
        IReadOnlyList<StoredClaim> reached,
        Func<Guid> newId,
        ISameEventJudge judge)
    {
        var members = reached.Select(r => new EventIds.Member(new KeyedClaim(r.ArticleKey, r.Claim, r.Pinned ? r.EventId : null), r.EventId, r, -1))
            .Concat(fresh.Select((claim, index) => new EventIds.Member(new KeyedClaim(articleKey, claim), null, null, index)))
            .ToList();
        members = EventIds.InheritPrevious(members, previous, judge);
        var clusters = ClaimClustering.Cluster(members.Select(m => m.Keyed).ToList(), judge)
            .Select(group => group.Select(i => members[i]).ToList())
            .ToList();
        var ids = EventIds.Assign(clusters, newId);

        var existing = reached.Concat(previous).GroupBy(c => c.EventId).ToDictionary(g => g.Key, g => g.Count());
        var freshEventIds = new Guid[fresh.Count];
        var freshPinned = new bool[fresh.Count];
        var events = new List<PlannedEvent>();
        var moves = new List<ClaimMove>();
        for (var i = 0; i < clusters.Count; i++)
        {
            var cluster = clusters[i];
            var id = ids[i];
            foreach (var member in cluster)
            {
                if (member.Stored is { } stored && stored.EventId != id)
                {
                    moves.Add(new ClaimMove(stored.ArticleId, stored.EventId, id));
                }
                else if (member.FreshIndex >= 0)
                {
                    freshEventIds[member.FreshIndex] = id;
                    freshPinned[member.FreshIndex] = member.Keyed.PinnedTo == id;
                }
            }

            // An event that keeps exactly the claims it had derives the same values: no write needed. (One claim per
            // article and event, so claims that stay and are as many as before are all of them.)
            var isNew = !existing.TryGetValue(id, out var before);
            var unchanged = !isNew && cluster.All(m => m.Stored?.EventId == id) && cluster.Count == before;
            if (!unchanged)
            {
                events.Add(new PlannedEvent(id, isNew, ClaimDerivation.Derive(cluster.Select(m => m.Keyed.Claim).ToList())) { SourceCount = cluster.Count });
            }
        }

        var kept = ids.ToHashSet();
        var deleted = existing.Keys.Where(id => !kept.Contains(id)).Order().ToList();
        return new MergePlan(events, freshEventIds, moves, deleted)
        {
            FreshPinned = freshPinned,
            Aliases = AliasesOf(deleted, moves),
        };
    }

    /// <summary>A deleted event whose claims moved on is linked to the event that took most of them (ties: smallest id).</summary>
    private static Dictionary<Guid, Guid> AliasesOf(IReadOnlyList<Guid> deleted, IReadOnlyList<ClaimMove> moves) => deleted
        .Select(id => (Id: id, To: moves.Where(m => m.FromEventId == id).GroupBy(m => m.ToEventId)
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key).Select(g => (Guid?)g.Key).FirstOrDefault()))
        .Where(a => a.To is not null)
        .ToDictionary(a => a.Id, a => a.To!.Value);
}
