using System.Text.Json;
using System.Text.Json.Serialization;
using Npgsql;
using NpgsqlTypes;
using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>Writes a <see cref="MergePlan"/> in one round trip: rows travel as JSON and are unpacked with jsonb_to_recordset.</summary>
public sealed class MergeWriter(TimelineDbContext db)
{
    private static readonly JsonSerializerOptions Json = new() { PropertyNamingPolicy = JsonNamingPolicy.SnakeCaseLower };

    private const string ClaimColumns =
        "event_id, article_id, type, cameo_code, earliest, latest, precision, location, title, summary, confidence, topics, participants, evidence, evidence_text";

    /// <summary>The event columns derived from claims, as jsonb_to_recordset declares them.</summary>
    private const string EventRecord = """
        x(id uuid, type text, cameo_code text, earliest date, latest date, precision text, sort_date date, title text,
          summary text, location text, topics text[], confidence float8, actor_ids text[])
        """;

    public async Task ApplyAsync(
        Guid articleId, bool hadClaims, MergePlan plan, IReadOnlyList<(Claim Claim, IReadOnlyList<Evidence> Evidence)> fresh,
        CancellationToken cancellationToken)
    {
        await using var batch = db.Batch();
        var written = plan.Events.Select(e => e.Id).ToArray();
        if (plan.Moves.Count > 0)
        {
            // A claim may move into an event that another claim of its article is moving out of in the same statement.
            Add(batch, """SET CONSTRAINTS "PK_event_sources" DEFERRED""");
        }

        if (hadClaims)
        {
            Add(batch, "DELETE FROM event_sources WHERE article_id = @article", ("article", articleId));
        }

        if (written.Length > 0)
        {
            Add(batch, $$"""
                INSERT INTO events (id, type, cameo_code, earliest, latest, precision, sort_date, title, summary, location,
                                    topics, confidence, actor_ids, publishers, search_vector)
                SELECT x.*, '{}', ''::tsvector FROM jsonb_to_recordset(@events) AS {{EventRecord}}
                ON CONFLICT (id) DO UPDATE SET
                    type = EXCLUDED.type, cameo_code = EXCLUDED.cameo_code, earliest = EXCLUDED.earliest,
                    latest = EXCLUDED.latest, precision = EXCLUDED.precision, sort_date = EXCLUDED.sort_date,
                    title = EXCLUDED.title, summary = EXCLUDED.summary, location = EXCLUDED.location,
                    topics = EXCLUDED.topics, confidence = EXCLUDED.confidence, actor_ids = EXCLUDED.actor_ids
                """, ("events", JsonValue(plan.Events.Select(EventRow))));
        }

        if (plan.Moves.Count > 0)
        {
            Add(batch, """
                UPDATE event_sources s SET event_id = m.to_id
                FROM jsonb_to_recordset(@moves) AS m(article_id uuid, from_id uuid, to_id uuid)
                WHERE s.event_id = m.from_id AND s.article_id = m.article_id
                """, ("moves", JsonValue(plan.Moves.Select(m => new { m.ArticleId, FromId = m.FromEventId, ToId = m.ToEventId }))));
        }

        if (fresh.Count > 0)
        {
            Add(batch, $"""
                INSERT INTO event_sources ({ClaimColumns})
                SELECT {ClaimColumns} FROM jsonb_to_recordset(@claims) AS x(
                    event_id uuid, article_id uuid, type text, cameo_code text, earliest date, latest date, precision text,
                    location text, title text, summary text, confidence float8, topics text[], participants jsonb,
                    evidence jsonb, evidence_text text)
                """, ("claims", JsonValue(fresh.Select((f, i) => ClaimRow(plan.FreshEventIds[i], articleId, f.Claim, f.Evidence)))));
        }

        if (plan.DeletedEvents.Count > 0)
        {
            Add(batch, "DELETE FROM events WHERE id = ANY(@deleted)", ("deleted", plan.DeletedEvents.ToArray()));
        }

        if (written.Length > 0)
        {
            Add(batch, "DELETE FROM event_participants WHERE event_id = ANY(@written)", ("written", written));
            Add(batch, """
                INSERT INTO event_participants (event_id, actor_id, role)
                SELECT event_id, actor_id, role FROM jsonb_to_recordset(@participants) AS x(event_id uuid, actor_id text, role text)
                """, ("participants", JsonValue(plan.Events.SelectMany(e => e.Derived.Participants.Select(p => new { EventId = e.Id, p.ActorId, p.Role })))));
            Add(batch, """
                UPDATE events e SET
                    publishers = coalesce((
                        SELECT array_agg(DISTINCT lower(btrim(a.publisher)) ORDER BY lower(btrim(a.publisher)))
                        FROM event_sources s JOIN articles a ON a.id = s.article_id
                        WHERE s.event_id = e.id AND btrim(a.publisher) <> ''), '{}'),
                    search_vector = to_tsvector('english', e.title || ' ' || e.summary || ' ' || coalesce((
                        SELECT string_agg(s.evidence_text, ' ' ORDER BY s.article_id) FROM event_sources s WHERE s.event_id = e.id), ''))
                WHERE e.id = ANY(@written)
                """, ("written", written));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    private static void Add(NpgsqlBatch batch, string sql, params (string Name, object Value)[] parameters)
    {
        var command = new NpgsqlBatchCommand(sql);
        foreach (var (name, value) in parameters)
        {
            command.Parameters.Add(value is Jsonb json
                ? new NpgsqlParameter(name, NpgsqlDbType.Jsonb) { Value = json.Text }
                : new NpgsqlParameter(name, value));
        }

        batch.BatchCommands.Add(command);
    }

    private static Jsonb JsonValue<T>(IEnumerable<T> rows) => new(JsonSerializer.Serialize(rows.ToList(), Json));

    private sealed record Jsonb(string Text);

    private static object EventRow(PlannedEvent planned)
    {
        var d = planned.Derived;
        return new
        {
            planned.Id,
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
        };
    }

    private static object ClaimRow(Guid eventId, Guid articleId, Claim claim, IReadOnlyList<Evidence> evidence) => new
    {
        EventId = eventId,
        ArticleId = articleId,
        claim.Type,
        claim.CameoCode,
        Earliest = claim.Date?.Earliest,
        Latest = claim.Date?.Latest,
        Precision = claim.Date is { } date ? EventTypes.ToApi(date.Precision) : null,
        claim.Location,
        claim.Title,
        claim.Summary,
        claim.Confidence,
        claim.Topics,
        Participants = claim.Participants.Select(p => new StoredParticipant(p.ActorId, p.Kind, p.Role, p.Acts)).ToList(),
        Evidence = evidence.Select(e => new StoredEvidence(e.Text, e.Start, e.End)).ToList(),
        EvidenceText = string.Join(" ", evidence.Select(e => e.Text)),
    };

    // The JSON shapes EF maps event_sources.participants and .evidence to (ClaimParticipant, EvidenceSpan).
    private sealed record StoredParticipant(
        [property: JsonPropertyName("ActorId")] string ActorId,
        [property: JsonPropertyName("Kind")] string Kind,
        [property: JsonPropertyName("Role")] string? Role,
        [property: JsonPropertyName("Acts")] bool Acts);

    private sealed record StoredEvidence(
        [property: JsonPropertyName("Text")] string Text,
        [property: JsonPropertyName("Start")] int Start,
        [property: JsonPropertyName("End")] int End);
}
