using Microsoft.EntityFrameworkCore;
using Timeline.Api.Events.Merging;
using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Extraction.Model;

namespace Timeline.Api.Articles;

public enum IngestOutcome
{
    Created,
    Unchanged,
    Replaced,
}

/// <summary>Stores an article and its events in one transaction, or removes one.</summary>
public sealed class IngestionService(TimelineDbContext db, ExtractionBudget extraction, EventMerger merger, TimeProvider clock)
{
    /// <summary>Stores the article and its events; <paramref name="spent"/> is taken off its extraction budget (see <see cref="ExtractionBudget.Extract"/>).</summary>
    public async Task<(IngestOutcome Outcome, Guid ArticleId)> IngestAsync(ValidatedArticle input, CancellationToken cancellationToken, TimeSpan spent = default)
    {
        if (await FindAsync(input, cancellationToken) is { } stored && stored.Fingerprint == input.Fingerprint)
        {
            return (IngestOutcome.Unchanged, stored.Id);
        }

        // Extraction is pure CPU work; it runs before the transaction so no lock is held meanwhile, and within the
        // article's time budget (ExtractionBudgetExceededException).
        var extracted = extraction.Extract(input.ToInput(), cancellationToken, spent);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return await StoreAsync(input, extracted, cancellationToken);
            }
            catch (DbUpdateException exception) when (exception.IsUniqueViolation() && attempt < 3)
            {
                // Another request stored the same article between our check and insert; if a delete has removed
                // it again since, store this one after all.
                db.ChangeTracker.Clear();
                if (await FindAsync(input, cancellationToken) is { } winner)
                {
                    return (IngestOutcome.Unchanged, winner.Id);
                }
            }
        }
    }

    public async Task<bool> DeleteAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return false;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdvisoryLocks.AcquireAsync(db, AdvisoryLocks.ArticleScope, IdentityKey(article), cancellationToken);
        if (!await db.Articles.AnyAsync(a => a.Id == articleId, cancellationToken))
        {
            return false;
        }

        await merger.ReplaceClaimsAsync(articleId, [], cancellationToken);
        await db.Articles.Where(a => a.Id == articleId).ExecuteDeleteAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<(IngestOutcome, Guid)> StoreAsync(ValidatedArticle input, ExtractionResult extraction, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);

        // Identical concurrent posts queue on this lock; the later ones then find the stored article.
        await AdvisoryLocks.AcquireAsync(db, AdvisoryLocks.ArticleScope, input.IdentityKey, cancellationToken);
        var article = await FindAsync(input, cancellationToken, tracked: true);
        if (article?.Fingerprint == input.Fingerprint)
        {
            return (IngestOutcome.Unchanged, article.Id);
        }

        var now = clock.GetUtcNow();
        var outcome = article is null ? IngestOutcome.Created : IngestOutcome.Replaced;
        if (article is null)
        {
            article = new Article
            {
                Id = Guid.CreateVersion7(),
                ContentHash = input.ContentHash,
                Fingerprint = input.Fingerprint,
                Language = input.Language,
                Text = string.Empty,
                IngestedAt = now,
            };
            db.Articles.Add(article);
        }

        var cleaned = extraction.Article;
        article.Url = input.Url;
        article.ContentHash = input.ContentHash;
        article.Fingerprint = input.Fingerprint;
        article.Title = cleaned.Title;
        article.Publisher = cleaned.Publisher;
        article.PublishedAt = cleaned.PublishedAt;
        article.Language = cleaned.Language;
        article.Text = cleaned.Text;
        article.UpdatedAt = now;
        await db.SaveChangesAsync(cancellationToken);

        await ActorStore.EnsureAsync(db, extraction.Events.SelectMany(e => e.Participants).Select(p => p.Actor), cancellationToken);
        await merger.ReplaceClaimsAsync(article.Id, extraction.Events, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (outcome, article.Id);
    }

    private Task<Article?> FindAsync(ValidatedArticle input, CancellationToken cancellationToken, bool tracked = false)
    {
        var articles = tracked ? db.Articles : db.Articles.AsNoTracking();
        return input.Url is null
            ? articles.FirstOrDefaultAsync(a => a.Url == null && a.ContentHash == input.ContentHash, cancellationToken)
            : articles.FirstOrDefaultAsync(a => a.Url == input.Url, cancellationToken);
    }

    private static string IdentityKey(Article article) =>
        article.Url is null ? $"hash:{article.ContentHash}" : $"url:{article.Url}";
}
