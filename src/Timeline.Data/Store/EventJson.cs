using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;
using Timeline.Core.Claims;
using Timeline.Data.Entities;

namespace Timeline.Data.Store;

/// <summary>
/// Events in the response shape (<see cref="EventResponse"/>) in one statement and one round trip: the query it is
/// given (EventQuery's page, an id, ...) selects the events' own columns, and PostgreSQL builds each event's JSON with
/// its participants and sources beside it. The API passes the JSON through instead of materializing and serializing
/// every event, participant, source and evidence span, and pgbench running the captured statement does the same work.
/// </summary>
public static class EventJson
{
    /// <summary>One event: its id and formatted date (for cursors) and its JSON object, as served.</summary>
    public sealed record Row(Guid Id, string? Date, string Json)
    {
        /// <summary>The event's version: its ETag.</summary>
        public int Version { get; init; }
    }

    public static async Task<List<Row>> ReadAsync(TimelineDbContext db, IQueryable<Event> query, CancellationToken cancellationToken)
    {
        // The column order here is the order of Columns below: the wrapper renames them by position.
        var projected = query.AsNoTracking()
            .Select(e => new
            {
                e.Id, e.Earliest, e.Precision, e.Type, e.CameoCode, e.Title, e.Summary, e.Location, e.Topics, e.Confidence,
                e.Version, e.Origin, e.Hidden, e.Verified, e.Corrections, e.Machine,
            });
        await db.OpenAsync(cancellationToken);
        await using var command = (NpgsqlCommand)projected.CreateDbCommand();
        command.CommandText = Wrap(command.CommandText);
        command.Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var rows = new List<Row>();
        while (await reader.ReadAsync(cancellationToken))
        {
            rows.Add(new Row(reader.GetGuid(0), WireDate.Format(Date(reader, 1), Text(reader, 2)), reader.GetString(4)) { Version = reader.GetInt32(3) });
        }

        return rows;
    }

    private const string Columns =
        "id, earliest, precision, type, cameo_code, title, summary, location, topics, confidence, version, origin, hidden, verified, corrections, machine";

    /// <summary>
    /// The JSON of <see cref="EventResponse"/> with the names, order and formats System.Text.Json's web defaults give
    /// it: rows cast to the types of migration EventJsonTypes, which row_to_json and array_to_json write compact with
    /// the fields in declared order. Participants person, organization, country then by id (ordinal); sources and claims
    /// by publication date then article id; publishers counted lower-cased, a source without one counting alone.
    /// Participants and sources are joined for the whole page at once; row_number() keeps the order of the given query
    /// (a page walks its index in order and is numbered as it arrives).
    /// </summary>
    private static string Wrap(string query) => $$"""
        WITH page AS MATERIALIZED (
            SELECT q.*, row_number() OVER () AS ord FROM (
        {{query}}
            ) AS q({{Columns}})
        ),
        people AS (
            SELECT ep.event_id, array_to_json(array_agg(ROW(a.id, a.name, a.kind, ep.role, a.country)::participant_json
                       ORDER BY CASE a.kind WHEN 'person' THEN 0 WHEN 'organization' THEN 1 ELSE 2 END, a.id COLLATE "C")) AS list
            FROM page JOIN event_participants ep ON ep.event_id = page.id JOIN actors a ON a.id = ep.actor_id
            GROUP BY ep.event_id
        ),
        cited AS (
            SELECT s.event_id,
                   array_to_json(array_agg(ROW(
                       s.article_id, a.url, a.title, a.publisher, to_char(a.published_at, 'YYYY-MM-DD'), s.evidence_text,
                       (SELECT coalesce(array_to_json(array_agg(
                                    ROW(e.value ->> 'Text', (e.value ->> 'Start')::int, (e.value ->> 'End')::int)::evidence_span_json ORDER BY e.n)), '[]')
                        FROM jsonb_array_elements(s.evidence) WITH ORDINALITY AS e(value, n)))::source_json
                       ORDER BY a.published_at, s.article_id)) AS sources,
                   array_to_json(array_agg(ROW(
                       s.article_id, a.publisher, {{FormatDate("s.earliest", "s.precision")}}, s.precision, s.location)::claim_json
                       ORDER BY a.published_at, s.article_id)) AS claims,
                   count(*) AS count,
                   count(DISTINCT coalesce(lower(a.publisher), 'unknown:' || s.article_id::text)) AS publishers
            FROM page JOIN event_sources s ON s.event_id = page.id JOIN articles a ON a.id = s.article_id
            GROUP BY s.event_id
        ),
        cites AS (
            SELECT c.event_id, count(*) FILTER (WHERE c.article_id IS NOT NULL OR c.url IS NOT NULL) AS live,
                   array_to_json(array_agg(ROW(c.article_id, c.url, c.quote, c.start, c."end", c.editor,
                       to_char(c.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'))::citation_json ORDER BY c.id)) AS list
            FROM page JOIN event_citations c ON c.event_id = page.id
            GROUP BY c.event_id
        )
        SELECT p.id, p.earliest, p.precision, p.version, row_to_json(ROW(
            p.id, {{FormatDate("p.earliest", "p.precision")}}, p.precision, p.type, p.cameo_code, p.title, p.summary,
            coalesce(people.list, '[]'), p.location, p.topics, coalesce(cited.sources, '[]'), coalesce(cited.claims, '[]'),
            coalesce(cited.count, 0), coalesce(cited.publishers, 0), p.confidence,
            CASE WHEN p.hidden THEN 'hidden' WHEN p.origin = 'added' THEN 'added' WHEN p.verified THEN 'verified'
                 WHEN p.corrections <> '{}' THEN 'corrected' ELSE 'extracted' END,
            (SELECT coalesce(array_to_json(array_agg(ROW(k.key, (p.machine -> k.key)::json, k.value::json)::correction_json
                    ORDER BY k.key)), '[]') FROM jsonb_each(p.corrections) AS k),
            coalesce(cites.list, '[]'),
            CASE WHEN coalesce(cited.count, 0) = 0 AND coalesce(cites.live, 0) = 0 THEN ARRAY['no-source'] ELSE '{}'::text[] END,
            p.version)::event_json)::text
        FROM page p LEFT JOIN people ON people.event_id = p.id LEFT JOIN cited ON cited.event_id = p.id
        LEFT JOIN cites ON cites.event_id = p.id
        ORDER BY p.ord
        """;

    private static string FormatDate(string date, string precision) => WireDate.Sql(date, precision);

    private static string? Text(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetString(column);

    private static DateOnly? Date(DbDataReader reader, int column) => reader.IsDBNull(column) ? null : reader.GetFieldValue<DateOnly>(column);
}
