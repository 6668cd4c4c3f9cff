using Microsoft.EntityFrameworkCore;
using Timeline.Core.Claims;
using Timeline.Core.Merging;
using Timeline.Extraction.Model;

namespace Timeline.Data.Store;

/// <summary>Why an article's claims are replaced; the machine's history entries say so.</summary>
public enum MergeCause
{
    Ingestion,
    Deletion,
    Reextraction,
}

/// <summary>
/// Makes an article's stored claims equal to its latest extraction: lock, load, plan, apply. It locks the merge
/// buckets (family and month) around the article's claims, reads the stored claims there, follows claims the judge
/// calls the same event into further windows until nothing new is reachable (<see cref="MergeScope"/>), lets
/// <see cref="MergePlan"/> re-cluster that part, and writes the plan. The events depend on the set of stored claims,
/// not on the order articles arrived in, and a write reads about as many rows at a million events as at a thousand.
/// Call inside the article's transaction, after the article's own lock.
/// </summary>
public sealed class EventMerger(TimelineDbContext db, ClaimStore store, MergeWriter writer, ISameEventJudge judge)
{
    private const string Savepoint = "merge";

    public async Task ReplaceClaimsAsync(
        Guid articleId, IReadOnlyList<ExtractedEvent> extracted, MergeCause cause, string? extractorVersion, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction
            ?? throw new InvalidOperationException("Merging needs the article's transaction.");
        var (article, previous) = await store.ArticleAsync(articleId, cancellationToken);
        var fresh = extracted.Select(e => (Claim: e.ToClaim(article.Publisher, article.PublishedAt), Evidence: e.Evidence)).ToList();
        var freshClaims = fresh.Select(f => f.Claim).ToList();

        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        var locks = new MergeLocks(db);
        var search = new ScopeSearch(freshClaims, previous, judge);
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

        var plan = MergePlan.Build(article.Key, freshClaims, previous, search.Reached, Guid.CreateVersion7, judge);
        await writer.ApplyAsync(new MergeWrite(articleId, previous.Count > 0, plan, fresh, cause, extractorVersion), cancellationToken);
    }
}
