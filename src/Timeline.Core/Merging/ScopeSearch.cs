using Timeline.Core.Claims;

namespace Timeline.Core.Merging;

/// <summary>
/// The merger's search for its scope, without the database: it says which windows to lock and read next
/// (<see cref="Needed"/>), takes what was read, and stops when every reached claim's window has been read.
/// </summary>
public sealed class ScopeSearch
{
    private readonly IReadOnlyList<Claim> fresh;
    private readonly IReadOnlyList<StoredClaim> previous;
    private readonly ISameEventJudge judge;
    private readonly WindowSet read = new();
    private readonly Dictionary<(Guid EventId, Guid ArticleId), StoredClaim> candidates = [];

    public ScopeSearch(IReadOnlyList<Claim> fresh, IReadOnlyList<StoredClaim> previous, ISameEventJudge judge)
    {
        this.fresh = fresh;
        this.previous = previous;
        this.judge = judge;
        Needed = WindowSet.Union(fresh.Concat(previous.Select(p => p.Claim)).Select(ClaimWindow.Of));
    }

    /// <summary>Windows to lock and read next; empty when the search is complete.</summary>
    public IReadOnlyList<ClaimWindow> Needed { get; private set; }

    /// <summary>The stored claims the article's write can affect (complete once <see cref="Needed"/> is empty).</summary>
    public IReadOnlyList<StoredClaim> Reached { get; private set; } = [];

    /// <summary>Events whose claims must be read whole, even outside the windows: those of the article's previous claims.</summary>
    public IReadOnlyList<Guid> PreviousEvents => previous.Select(p => p.EventId).Distinct().ToList();

    /// <summary>
    /// Takes the rows read for <see cref="Needed"/>: every stored claim of other articles inside those windows, plus
    /// the other claims of their events. A read replaces what was known inside its windows (claims move and go).
    /// </summary>
    public void Accept(IReadOnlyCollection<StoredClaim> rows)
    {
        foreach (var key in candidates.Where(c => Needed.Any(w => w.Touches(c.Value.Claim))).Select(c => c.Key).ToList())
        {
            candidates.Remove(key);
        }

        foreach (var row in rows)
        {
            candidates[(row.EventId, row.ArticleId)] = row;
        }

        foreach (var window in Needed)
        {
            read.Add(window);
        }

        Reached = MergeScope.Reach(fresh, previous, candidates.Values, judge);
        Needed = WindowSet.Union(Reached.Select(r => ClaimWindow.Of(r.Claim)).Where(w => !read.Covers(w)));
    }

    /// <summary>After the locks were let go: everything read so far must be locked and read again.</summary>
    public void Restart()
    {
        Needed = WindowSet.Union(read.All.Concat(Needed));
        read.Clear();
        candidates.Clear();
        Reached = [];
    }
}
