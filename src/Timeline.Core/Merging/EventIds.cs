using Timeline.Core.Claims;

namespace Timeline.Core.Merging;

/// <summary>How clusters keep the ids of the events their claims were in, so an event's id survives re-clustering.</summary>
public static class EventIds
{
    /// <summary>A claim being clustered: a stored claim of another article, or the article's fresh claim number <see cref="FreshIndex"/>.</summary>
    public sealed record Member(KeyedClaim Keyed, Guid? CurrentEventId, StoredClaim? Stored, int FreshIndex);

    /// <summary>
    /// A re-posted (or re-extracted) article's fresh claim counts for the event its matching previous claim was in, so
    /// an event whose only source is re-posted with a still-matching claim keeps its id (issue 4, point 5); a previous
    /// claim an editor pinned passes its pin on, so a corrected event keeps its source through re-extraction.
    /// </summary>
    public static List<Member> InheritPrevious(List<Member> members, IReadOnlyList<StoredClaim> previous, ISameEventJudge judge)
    {
        var unused = previous.OrderByDescending(p => p.Pinned).ThenBy(p => p.EventId.ToString(), StringComparer.Ordinal).ToList();
        return members
            .OrderBy(m => m.Keyed, ClaimClustering.CanonicalOrder.Instance)
            .Select(m =>
            {
                if (m.FreshIndex < 0)
                {
                    return m;
                }

                var match = unused.FirstOrDefault(p => judge.Judge(m.Keyed.Claim, p.Claim));
                if (match is null)
                {
                    return m;
                }

                unused.Remove(match);
                return m with
                {
                    CurrentEventId = match.EventId,
                    Keyed = match.Pinned ? m.Keyed with { PinnedTo = match.EventId } : m.Keyed,
                };
            })
            .ToList();
    }

    /// <summary>
    /// A cluster holding pinned claims keeps the event they are pinned to. Each other cluster keeps the existing event
    /// holding most of its claims (ties: the smallest id as text); each id serves one cluster; the rest get new ids.
    /// Answers one id per cluster, in the clusters' order.
    /// </summary>
    public static IReadOnlyList<Guid> Assign(IReadOnlyList<List<Member>> clusters, Func<Guid> newId)
    {
        var assigned = new Guid?[clusters.Count];
        var taken = new HashSet<Guid>();
        for (var i = 0; i < clusters.Count; i++)
        {
            if (clusters[i].Select(m => m.Keyed.PinnedTo).FirstOrDefault(p => p is not null) is { } pin && taken.Add(pin))
            {
                assigned[i] = pin;
            }
        }

        var candidates = clusters
            .SelectMany((cluster, index) => cluster
                .Where(m => m.CurrentEventId is not null)
                .GroupBy(m => m.CurrentEventId!.Value)
                .Select(g => (Index: index, Id: g.Key, Count: g.Count())))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Id.ToString(), StringComparer.Ordinal)
            .ThenBy(c => c.Index);
        foreach (var candidate in candidates)
        {
            if (assigned[candidate.Index] is null && taken.Add(candidate.Id))
            {
                assigned[candidate.Index] = candidate.Id;
            }
        }

        return assigned.Select(id => id ?? newId()).ToList();
    }
}
