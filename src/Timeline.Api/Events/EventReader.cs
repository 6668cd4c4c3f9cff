using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Api.Events;

/// <summary>Loads events in the response shape, keeping the order of the query it is given.</summary>
public static class EventReader
{
    public static async Task<List<EventResponse>> ReadAsync(IQueryable<Event> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking().AsSplitQuery()
            .Select(e => new
            {
                Event = e,
                Participants = e.Participants.Select(p => new { p.ActorId, p.Actor.Name, p.Actor.Kind, p.Role, p.Actor.Country }).ToList(),
                Sources = e.Sources.OrderBy(s => s.Article.PublishedAt).ThenBy(s => s.ArticleId).Select(s => new
                {
                    s.ArticleId,
                    s.Article.Url,
                    s.Article.Title,
                    s.Article.Publisher,
                    s.Article.PublishedAt,
                    s.EvidenceText,
                    s.Evidence,
                    s.Earliest,
                    s.Latest,
                    s.Precision,
                    s.Location,
                }).ToList(),
            })
            .ToListAsync(cancellationToken);

        return rows.Select(row => new EventResponse(
                row.Event.Id,
                FormatDate(row.Event.Earliest, row.Event.Precision),
                row.Event.Precision,
                row.Event.Type,
                row.Event.CameoCode,
                row.Event.Title,
                row.Event.Summary,
                row.Participants
                    .OrderBy(p => p.Kind == "person" ? 0 : p.Kind == "organization" ? 1 : 2)
                    .ThenBy(p => p.ActorId, StringComparer.Ordinal)
                    .Select(p => new ParticipantResponse(p.ActorId, p.Name, p.Kind, p.Role, p.Country))
                    .ToList(),
                row.Event.Location,
                row.Event.Topics,
                row.Sources.Select(s => new SourceResponse(
                    s.ArticleId, s.Url, s.Title, s.Publisher, FormatDate(s.PublishedAt, "day"), s.EvidenceText,
                    s.Evidence.Select(x => new EvidenceSpanResponse(x.Text, x.Start, x.End)).ToList())).ToList(),
                row.Sources.Select(s => new ClaimResponse(s.ArticleId, s.Publisher, FormatDate(s.Earliest, s.Precision), s.Precision, s.Location)).ToList(),
                row.Sources.Count,
                row.Sources.Select(s => s.Publisher?.Trim().ToLowerInvariant() ?? $"unknown:{s.ArticleId}").Distinct().Count(),
                row.Event.Confidence))
            .ToList();
    }

    public static string? FormatDate(DateOnly? date, string? precision) => (date, precision) switch
    {
        (null, _) or (_, null) => null,
        ({ } d, "month") => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ({ } d, "year") => d.ToString("yyyy", CultureInfo.InvariantCulture),
        ({ } d, _) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };
}
