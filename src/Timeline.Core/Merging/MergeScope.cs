using Timeline.Core.Claims;

namespace Timeline.Core.Merging;

/// <summary>
/// Which stored claims an article's write can affect. Clustering only ever joins compatible claims, so the events
/// of claims the article's new and previous claims cannot reach (through compatible claims, or claims sharing an
/// event) cluster exactly as before: re-clustering the reachable part alone gives the events that re-clustering
/// everything would, at a cost that does not grow with the archive.
/// </summary>
public static class MergeScope
{
    /// <summary>
    /// The candidates reachable from <paramref name="fresh"/> and <paramref name="previous"/>. Complete when every
    /// reached claim's <see cref="ClaimWindow"/> has been read into <paramref name="candidates"/>.
    /// </summary>
    public static IReadOnlyList<StoredClaim> Reach(
        IReadOnlyList<Claim> fresh, IReadOnlyList<StoredClaim> previous, IReadOnlyCollection<StoredClaim> candidates, ISameEventJudge judge)
    {
        var byEvent = candidates.ToLookup(c => c.EventId);
        var reached = new HashSet<StoredClaim>(ReferenceEqualityComparer.Instance);
        var pending = new Queue<Claim>(fresh);
        var eventsSeen = new HashSet<Guid>();

        void Visit(StoredClaim stored)
        {
            if (reached.Add(stored))
            {
                pending.Enqueue(stored.Claim);
                Join(stored.EventId);
            }
        }

        void Join(Guid eventId)
        {
            if (eventsSeen.Add(eventId))
            {
                foreach (var member in byEvent[eventId])
                {
                    Visit(member);
                }
            }
        }

        foreach (var old in previous)
        {
            pending.Enqueue(old.Claim);
            Join(old.EventId);
        }

        while (pending.TryDequeue(out var claim))
        {
            var window = ClaimWindow.Of(claim);
            foreach (var candidate in candidates)
            {
                if (!reached.Contains(candidate) && window.Touches(candidate.Claim) && judge.Judge(claim, candidate.Claim))
                {
                    Visit(candidate);
                }
            }
        }

        return candidates.Where(reached.Contains).ToList();
    }
}
