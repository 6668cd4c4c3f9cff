using Microsoft.EntityFrameworkCore;
using Timeline.Data;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>
/// Makes an article's stored claims equal to its latest extraction: lock, load, plan, apply. It locks the merge
/// buckets (family and month) around the article's claims, reads the stored claims there, follows compatible claims
/// into further windows until nothing new is reachable (<see cref="MergeScope"/>), lets <see cref="MergePlan"/>
/// re-cluster that part, and writes the plan. The events depend on the set of stored claims, not on the order
/// articles arrived in, and a write reads about as many rows at a million events as at a thousand.
/// Call inside the article's transaction, after the article's own lock.
/// </summary>
public sealed class EventMerger(TimelineDbContext db, ClaimStore store, MergeWriter writer)
{
    private const string Savepoint = "merge";

    public async Task ReplaceClaimsAsync(Guid articleId, IReadOnlyList<ExtractedEvent> extracted, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Merging needs the article's transaction.");
        var (articleKey, previous) = await store.ArticleAsync(articleId, cancellationToken);
        var fresh = extracted.Select(e => (Claim: e.ToClaim(), Evidence: e.Evidence)).ToList();
        var freshClaims = fresh.Select(f => f.Claim).ToList();

        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        var locks = new MergeLocks(db);
        var search = new ScopeSearch(freshClaims, previous);
        // Each round reads the windows of newly reached claims, so a long chain of compatible claims takes several.
        while (search.Needed.Count > 0)
        {
            if (!await locks.TakeAsync(search.Needed.SelectMany(w => w.Buckets()), cancellationToken))
            {
                // A lower bucket is busy: let go of everything, then wait for all of it in order and read it again.
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                search.Restart();
                await locks.RetakeAsync(search.Needed.SelectMany(w => w.Buckets()), cancellationToken);
            }

            search.Accept(await store.InWindowsAsync(search.Needed, articleId, search.PreviousEvents, cancellationToken));
        }

        var plan = MergePlan.Build(articleKey, freshClaims, previous, search.Reached, Guid.CreateVersion7);
        await writer.ApplyAsync(articleId, previous.Count > 0, plan, fresh, cancellationToken);
    }
}
