using Timeline.Core.Claims;

namespace Timeline.Data.Store;

/// <summary>
/// The machine's own entries in an event's history, written in the same round trip as the change: a new event, a
/// source joined or left, a field refined, a re-extraction. Each entry names the shown fields that changed (a field an
/// editor corrected does not change) with their values before and after. Run before the claims are written, so
/// event_sources still holds the sources before.
/// </summary>
public static class MachineHistory
{
    private static readonly string Date = WireDate.Sql("e.earliest", "e.precision");
    private static readonly string NewDate = WireDate.Sql("x.earliest", "x.precision");

    public static readonly string OfWrittenEvents = $$"""
        INSERT INTO event_history (event_id, at, action, changes)
        SELECT x.id, @now,
               CASE WHEN @cause = 'reextraction' THEN 'reextracted'
                    WHEN x.source_count > old.n THEN 'source-joined'
                    WHEN x.source_count < old.n THEN 'source-left'
                    ELSE 'refined' END,
               d.changes
        FROM jsonb_to_recordset(@events) AS {{EventRows.Record}}
        JOIN events e ON e.id = x.id
        CROSS JOIN LATERAL (SELECT count(*) AS n FROM event_sources s WHERE s.event_id = e.id) AS old
        CROSS JOIN LATERAL (
            SELECT coalesce(jsonb_agg(c.v ORDER BY c.i), '[]') AS changes FROM (VALUES
                (1, CASE WHEN NOT e.corrections ? 'date' AND ({{Date}}) IS DISTINCT FROM ({{NewDate}})
                         THEN {{Change("date", Date, NewDate)}} END),
                (2, CASE WHEN NOT e.corrections ? 'type' AND e.type IS DISTINCT FROM x.type
                         THEN {{Change("type", "e.type", "x.type")}} END),
                (3, CASE WHEN NOT e.corrections ? 'title' AND e.title IS DISTINCT FROM x.title
                         THEN {{Change("title", "e.title", "x.title")}} END),
                (4, CASE WHEN NOT e.corrections ? 'summary' AND e.summary IS DISTINCT FROM x.summary
                         THEN {{Change("summary", "e.summary", "x.summary")}} END),
                (5, CASE WHEN NOT e.corrections ? 'participants' AND e.actor_ids IS DISTINCT FROM x.actor_ids
                         THEN {{Change("participants", "e.actor_ids", "x.actor_ids")}} END),
                (6, CASE WHEN NOT e.corrections ? 'location' AND e.location IS DISTINCT FROM x.location
                         THEN {{Change("location", "e.location", "x.location")}} END),
                (7, CASE WHEN NOT e.corrections ? 'topics' AND e.topics IS DISTINCT FROM x.topics
                         THEN {{Change("topics", "e.topics", "x.topics")}} END),
                (8, CASE WHEN old.n <> x.source_count THEN {{Change("sources", "old.n", "x.source_count")}} END)
            ) AS c(i, v) WHERE c.v IS NOT NULL) AS d
        WHERE jsonb_array_length(d.changes) > 0
        """;

    public static readonly string OfNewEvents = $$"""
        INSERT INTO event_history (event_id, at, action, changes)
        SELECT x.id, @now, 'extracted', jsonb_build_array({{Change("sources", "0", "x.source_count")}})
        FROM jsonb_to_recordset(@events) AS {{EventRows.Record}}
        WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = x.id)
        """;

    /// <summary>Events left without claims: removed, or (an editor's) kept and flagged as without a source.</summary>
    public const string OfDeletedEvents = """
        INSERT INTO event_history (event_id, at, action, changes)
        SELECT e.id, @now, CASE WHEN e.curated THEN 'source-left' ELSE 'removed' END,
               jsonb_build_array(jsonb_build_object('field', 'sources', 'before',
                   (SELECT count(*) FROM event_sources s WHERE s.event_id = e.id), 'after', 0))
        FROM events e WHERE e.id = ANY(@deleted)
        """;

    private static string Change(string field, string before, string after) =>
        $"jsonb_build_object('field', '{field}', 'before', to_jsonb({before}), 'after', to_jsonb({after}))";
}
