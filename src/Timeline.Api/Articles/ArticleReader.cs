using Microsoft.EntityFrameworkCore;
using Timeline.Api.Events;
using Timeline.Data;

namespace Timeline.Api.Articles;

public static class ArticleReader
{
    public static async Task<ArticleResponse?> ReadAsync(TimelineDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var article = await db.Articles.AsNoTracking().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var events = await EventReader.ReadAsync(db, 
            db.Events.Where(e => !e.Hidden && e.Sources.Any(s => s.ArticleId == id)).OrderBy(e => e.SortDate).ThenBy(e => e.Id),
            cancellationToken);
        return new ArticleResponse(
            article.Id,
            article.Url,
            article.Title,
            article.Publisher,
            WireDate.Format(article.PublishedAt, "day"),
            article.Language,
            article.IngestedAt,
            article.UpdatedAt,
            article.Text,
            InTextOrder(events, id));
    }

    /// <summary>
    /// Events of one date (and precision) in the order the article tells them (then by type and title): the list is
    /// the same on every read and every store, whatever random ids the events were given.
    /// </summary>
    private static List<EventResponse> InTextOrder(List<EventResponse> byDate, Guid articleId) => byDate
        .GroupBy(e => (e.Date, e.DatePrecision))
        .SelectMany(sameDate => sameDate
            .OrderBy(e => FirstEvidenceStart(e, articleId))
            .ThenBy(e => e.Type, StringComparer.Ordinal)
            .ThenBy(e => e.Title, StringComparer.Ordinal)
            .ThenBy(e => e.Id))
        .ToList();

    private static int FirstEvidenceStart(EventResponse e, Guid articleId) => e.Sources
        .Where(s => s.ArticleId == articleId)
        .SelectMany(s => s.EvidenceSpans)
        .Select(span => span.Start)
        .DefaultIfEmpty(int.MaxValue)
        .Min();
}
