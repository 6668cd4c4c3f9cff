using Microsoft.EntityFrameworkCore;
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

/// <summary>Stores an article and its events in one transaction, re-extracts a stored one, or removes one.</summary>
public sealed class IngestionService(
    TimelineDbContext db, ExtractionBudget extraction, IArticleExtractor extractor, EventMerger merger, TimeProvider clock)
{
    /// <summary>
    /// Stores the article and its events, then reads the stored article back with <paramref name="read"/>. The one
    /// retry of every write: another request may store the same article between our check and insert (then ours is
    /// that one, unchanged), or delete it between storing and reading it back (then it is stored again, as if this
    /// write came after that delete). Null when other requests deleted it each time. <paramref name="spent"/> is taken
    /// off the extraction budget (see <see cref="ExtractionBudget.Extract"/>).
    /// </summary>
    public async Task<(IngestOutcome Outcome, T Stored)?> IngestAsync<T>(
        ValidatedArticle input, Func<Guid, Task<T?>> read, CancellationToken cancellationToken, TimeSpan spent = default)
        where T : class
    {
        ExtractionResult? extracted = null;
        for (var attempt = 1; attempt <= 3; attempt++)
        {
            (IngestOutcome Outcome, Guid Id) stored;
            if (await FindAsync(input, cancellationToken) is { } found && found.Fingerprint == input.Fingerprint)
            {
                stored = (IngestOutcome.Unchanged, found.Id);
            }
            else
            {
                // Extraction is pure CPU work; it runs before the transaction so no lock is held meanwhile, and within
                // the article's time budget (ExtractionBudgetExceededException).
                extracted ??= extraction.Extract(input.ToInput(), cancellationToken, spent);
                try
                {
                    stored = await StoreAsync(input, extracted, cancellationToken);
                }
                catch (DbUpdateException exception) when (exception.IsUniqueViolation() && attempt < 3)
                {
                    db.ChangeTracker.Clear();
                    continue;
                }
            }

            if (await read(stored.Id) is { } answer)
            {
                return (stored.Outcome, answer);
            }
        }

        return null;
    }

    /// <summary>Extracts a stored article again from its stored text; false when it is gone or already at this extractor's version.</summary>
    public async Task<bool> ReextractAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null || article.ExtractorVersion == extractor.Version)
        {
            return false;
        }

        var input = new ArticleInput(article.Text, Html: null, article.Url, article.Title, article.Publisher, article.PublishedAt, article.Language);
        var extracted = extractor.Extract(input, cancellationToken);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await AdvisoryLocks.AcquireAsync(db, AdvisoryLocks.ArticleScope, IdentityKey(article), cancellationToken);
        var current = await db.Articles.AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Fingerprint, a.ExtractorVersion }).FirstOrDefaultAsync(cancellationToken);
        if (current is null || current.Fingerprint != article.Fingerprint || current.ExtractorVersion == extractor.Version)
        {
            // Deleted, replaced or re-extracted meanwhile: what is stored is already the latest extraction.
            return false;
        }

        await ActorStore.EnsureAsync(db, extracted.Events.SelectMany(e => e.Participants).Select(p => p.Actor), cancellationToken);
        await merger.ReplaceClaimsAsync(articleId, extracted.Events, MergeCause.Reextraction, extractor.Version, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
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

        await merger.ReplaceClaimsAsync(articleId, [], MergeCause.Deletion, null, cancellationToken);
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
        await merger.ReplaceClaimsAsync(article.Id, extraction.Events, MergeCause.Ingestion, extractor.Version, cancellationToken);
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
