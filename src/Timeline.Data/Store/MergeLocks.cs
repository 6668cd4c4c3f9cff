namespace Timeline.Data.Store;

/// <summary>
/// The merge-bucket locks one write holds. Windows are discovered while reading, so locks are taken in several
/// steps; to stay deadlock-free a write only ever WAITS for keys above every key it holds (so no two writes can wait
/// for each other in a cycle). Keys below are tried without waiting, and when one is busy the write starts over
/// from its savepoint, taking everything it knows it needs in ascending order.
/// </summary>
public sealed class MergeLocks(TimelineDbContext db)
{
    private readonly SortedSet<int> held = [];

    /// <summary>Takes the buckets' locks; false when a lower key is busy and the caller must start over.</summary>
    public async Task<bool> TakeAsync(IEnumerable<string> buckets, CancellationToken cancellationToken)
    {
        var wanted = buckets.Select(AdvisoryLocks.StableHash).Where(k => !held.Contains(k)).Distinct().Order().ToList();
        if (wanted.Count == 0)
        {
            return true;
        }

        var highest = held.Count == 0 ? int.MinValue : held.Max;
        var below = wanted.Where(k => k < highest).ToList();
        if (below.Count > 0 && !await AdvisoryLocks.TryAcquireAllAsync(db, AdvisoryLocks.MergeScope, below, cancellationToken))
        {
            return false;
        }

        var above = wanted.Where(k => k > highest).ToList();
        if (above.Count > 0)
        {
            await AdvisoryLocks.AcquireAllAsync(db, AdvisoryLocks.MergeScope, above, cancellationToken);
        }

        held.UnionWith(wanted);
        return true;
    }

    /// <summary>After a rollback to the savepoint nothing is held any more: waits for all the buckets' locks, in ascending order.</summary>
    public async Task RetakeAsync(IEnumerable<string> buckets, CancellationToken cancellationToken)
    {
        held.Clear();
        var ordered = buckets.Select(AdvisoryLocks.StableHash).Distinct().Order().ToList();
        await AdvisoryLocks.AcquireAllAsync(db, AdvisoryLocks.MergeScope, ordered, cancellationToken);
        held.UnionWith(ordered);
    }
}
