using System.Data.Common;
using System.Globalization;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Data.Entities;

namespace Timeline.Api.Events;

/// <summary>
/// Loads events in the response shape, keeping the order of the query it is given: the events' own columns first,
/// then the participants and sources of exactly those events in one more round trip.
/// </summary>
public static class EventReader
{
    public static async Task<List<EventResponse>> ReadAsync(TimelineDbContext db, IQueryable<Event> query, CancellationToken cancellationToken)
    {
        var rows = await query.AsNoTracking()
            .Select(e => new Row(e.Id, e.Type, e.CameoCode, e.Earliest, e.Precision, e.Title, e.Summary, e.Location, e.Topics, e.Confidence))
            .ToListAsync(cancellationToken);
        if (rows.Count == 0)
        {
            return [];
        }

        var (participants, sources) = await DetailsAsync(db, rows.Select(r => r.Id).ToArray(), cancellationToken);
        return rows.Select(row =>
        {
            var ofEvent = sources[row.Id];
            return new EventResponse(
                row.Id,
                FormatDate(row.Earliest, row.Precision),
                row.Precision,
                row.Type,
                row.CameoCode,
                row.Title,
                row.Summary,
                participants[row.Id]
                    .OrderBy(p => p.Kind == "person" ? 0 : p.Kind == "organization" ? 1 : 2)
                    .ThenBy(p => p.Id, StringComparer.Ordinal)
                    .ToList(),
                row.Location,
                row.Topics,
                ofEvent.Select(s => s.Source).ToList(),
                ofEvent.Select(s => s.Claim).ToList(),
                ofEvent.Count(),
                ofEvent.Select(s => s.Source.Publisher?.Trim().ToLowerInvariant() ?? $"unknown:{s.Source.ArticleId}").Distinct().Count(),
                row.Confidence);
        }).ToList();
    }

    public static string? FormatDate(DateOnly? date, string? precision) => (date, precision) switch
    {
        (null, _) or (_, null) => null,
        ({ } d, "month") => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ({ } d, "year") => d.ToString("yyyy", CultureInfo.InvariantCulture),
        ({ } d, _) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    private sealed record Row(
        Guid Id, string Type, string? CameoCode, DateOnly? Earliest, string? Precision, string Title, string Summary, string? Location,
        List<string> Topics, double Confidence);

    private static async Task<(ILookup<Guid, ParticipantResponse>, ILookup<Guid, (SourceResponse Source, ClaimResponse Claim)>)> DetailsAsync(
        TimelineDbContext db, Guid[] ids, CancellationToken cancellationToken)
    {
        await db.OpenAsync(cancellationToken);
        await using var batch = db.Batch();
        var participants = batch.CreateBatchCommand();
        participants.CommandText = """
            SELECT p.event_id, p.actor_id, a.name, a.kind, p.role, a.country
            FROM event_participants p JOIN actors a ON a.id = p.actor_id
            WHERE p.event_id = ANY(@ids)
            """;
        participants.Parameters.Add(new Npgsql.NpgsqlParameter("ids", ids));
        batch.BatchCommands.Add(participants);
        var sources = batch.CreateBatchCommand();
        sources.CommandText = """
            SELECT s.event_id, s.article_id, a.url, a.title, a.publisher, a.published_at, s.evidence_text, s.evidence::text,
                   s.earliest, s.precision, s.location
            FROM event_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.event_id = ANY(@ids)
            ORDER BY s.event_id, a.published_at, s.article_id
            """;
        sources.Parameters.Add(new Npgsql.NpgsqlParameter("ids", ids));
        batch.BatchCommands.Add(sources);

        await using var reader = await batch.ExecuteReaderAsync(cancellationToken);
        var people = new List<(Guid, ParticipantResponse)>();
        while (await reader.ReadAsync(cancellationToken))
        {
            people.Add((reader.GetGuid(0), new ParticipantResponse(
                reader.GetString(1), reader.GetString(2), reader.GetString(3), Text(reader, 4), Text(reader, 5))));
        }

        await reader.NextResultAsync(cancellationToken);
        var cited = new List<(Guid, (SourceResponse, ClaimResponse))>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var articleId = reader.GetGuid(1);
            var publisher = Text(reader, 4);
            var precision = Text(reader, 9);
            cited.Add((reader.GetGuid(0), (
                new SourceResponse(
                    articleId, Text(reader, 2), Text(reader, 3), publisher, FormatDate(Date(reader, 5), "day"), reader.GetString(6),
                    Spans(reader.GetString(7))),
                new ClaimResponse(articleId, publisher, FormatDate(Date(reader, 8), precision), precision, Text(reader, 10)))));
        }

        return (people.ToLookup(p => p.Item1, p => p.Item2), cited.ToLookup(c => c.Item1, c => c.Item2));
    }

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateOnly? Date(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);

    // event_sources.evidence as EF's JSON mapping of EvidenceSpan writes it: [{"Text": .., "Start": .., "End": ..}].
    private static List<EvidenceSpanResponse> Spans(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(e => new EvidenceSpanResponse(e.GetProperty("Text").GetString()!, e.GetProperty("Start").GetInt32(), e.GetProperty("End").GetInt32()))
            .ToList();
    }
}
