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
            events);
    }
}
