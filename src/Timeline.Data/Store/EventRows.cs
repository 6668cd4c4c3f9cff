using Timeline.Core.Claims;
using Timeline.Core.Corrections;
using Timeline.Core.Merging;

namespace Timeline.Data.Store;

/// <summary>
/// The statements that write derived events. An editor's value wins: a field named in events.corrections keeps the
/// editor's value whatever the claims derive, and the machine's value goes to events.machine, shown beside it.
/// </summary>
public static class EventRows
{
    /// <summary>The event columns derived from claims, as jsonb_to_recordset declares them.</summary>
    public const string Record = """
        x(id uuid, type text, cameo_code text, earliest date, latest date, precision text, sort_date date, title text,
          summary text, location text, topics text[], confidence float8, actor_ids text[], machine jsonb, source_count int)
        """;

    public const string Upsert = $$"""
        INSERT INTO events (id, type, cameo_code, earliest, latest, precision, sort_date, title, summary, location,
                            topics, confidence, actor_ids, publishers, search_vector, machine)
        SELECT x.id, x.type, x.cameo_code, x.earliest, x.latest, x.precision, x.sort_date, x.title, x.summary, x.location,
               x.topics, x.confidence, x.actor_ids, '{}', ''::tsvector, x.machine
        FROM jsonb_to_recordset(@events) AS {{Record}}
        ON CONFLICT (id) DO UPDATE SET
            type = CASE WHEN events.corrections ? 'type' THEN events.type ELSE EXCLUDED.type END,
            cameo_code = EXCLUDED.cameo_code,
            earliest = CASE WHEN events.corrections ? 'date' THEN events.earliest ELSE EXCLUDED.earliest END,
            latest = CASE WHEN events.corrections ? 'date' THEN events.latest ELSE EXCLUDED.latest END,
            precision = CASE WHEN events.corrections ? 'date' THEN events.precision ELSE EXCLUDED.precision END,
            sort_date = CASE WHEN events.corrections ? 'date' THEN events.sort_date ELSE EXCLUDED.sort_date END,
            title = CASE WHEN events.corrections ? 'title' THEN events.title ELSE EXCLUDED.title END,
            summary = CASE WHEN events.corrections ? 'summary' THEN events.summary ELSE EXCLUDED.summary END,
            location = CASE WHEN events.corrections ? 'location' THEN events.location ELSE EXCLUDED.location END,
            topics = CASE WHEN events.corrections ? 'topics' THEN events.topics ELSE EXCLUDED.topics END,
            actor_ids = CASE WHEN events.corrections ? 'participants' THEN events.actor_ids ELSE EXCLUDED.actor_ids END,
            confidence = EXCLUDED.confidence, machine = EXCLUDED.machine, version = events.version + 1
        WHERE events.machine IS DISTINCT FROM EXCLUDED.machine OR events.cameo_code IS DISTINCT FROM EXCLUDED.cameo_code
           OR events.confidence IS DISTINCT FROM EXCLUDED.confidence
        """;

    /// <summary>Participants of the written events, except those whose participants an editor set.</summary>
    public const string DeleteParticipants = """
        DELETE FROM event_participants p USING events e
        WHERE p.event_id = ANY(@written) AND e.id = p.event_id AND NOT e.corrections ? 'participants'
        """;

    public const string InsertParticipants = """
        INSERT INTO event_participants (event_id, actor_id, role)
        SELECT x.event_id, x.actor_id, x.role FROM jsonb_to_recordset(@participants) AS x(event_id uuid, actor_id text, role text)
        JOIN events e ON e.id = x.event_id WHERE NOT e.corrections ? 'participants'
        """;

    /// <summary>Publishers and the full-text vector follow the sources and the shown title and summary.</summary>
    public const string Searchable = """
        UPDATE events e SET
            publishers = coalesce((
                SELECT array_agg(DISTINCT lower(btrim(a.publisher)) ORDER BY lower(btrim(a.publisher)))
                FROM event_sources s JOIN articles a ON a.id = s.article_id
                WHERE s.event_id = e.id AND btrim(a.publisher) <> ''), '{}'),
            search_vector = to_tsvector('english', e.title || ' ' || e.summary || ' ' || coalesce((
                SELECT string_agg(s.evidence_text, ' ' ORDER BY s.article_id) FROM event_sources s WHERE s.event_id = e.id), ''))
        WHERE e.id = ANY(@written)
        """;

    public static object Row(Guid id, DerivedEvent d, int sourceCount) => new
    {
        Id = id,
        d.Type,
        d.CameoCode,
        Earliest = d.Date?.Earliest,
        Latest = d.Date?.Latest,
        Precision = d.Date is { } date ? EventTypes.ToApi(date.Precision) : null,
        SortDate = d.Date?.Earliest ?? ClaimMapping.UndatedSortDate,
        d.Title,
        d.Summary,
        d.Location,
        d.Topics,
        d.Confidence,
        ActorIds = d.Participants.Select(p => p.ActorId).ToList(),
        Machine = MachineValues.Of(d, sourceCount),
        SourceCount = sourceCount,
    };

    public static IEnumerable<object> ParticipantRows(Guid id, DerivedEvent d) =>
        d.Participants.Select(p => new { EventId = id, p.ActorId, p.Role });
}
