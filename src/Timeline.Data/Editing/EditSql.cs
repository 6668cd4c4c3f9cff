using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Timeline.Core.Claims;
using Timeline.Core.Corrections;
using Timeline.Data.Store;
using Timeline.Extraction.Model;

namespace Timeline.Data.Editing;

/// <summary>The statements every editor change shares: lock and read, write values, pin claims, append history.</summary>
public static class EditSql
{
    public static readonly JsonSerializerOptions Json = JsonSerializerOptions.Web;

    /// <summary>The events' snapshots under their row locks (ascending ids, so two editors never wait for each other in a cycle).</summary>
    public static async Task<List<EventSnapshot>> LockAsync(TimelineDbContext db, IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        await using var command = db.Command(EventSnapshot.Select);
        command.Parameters.AddWithValue("ids", ids.Distinct().Order().ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var snapshots = new List<EventSnapshot>();
        while (await reader.ReadAsync(cancellationToken))
        {
            snapshots.Add(EventSnapshot.Read(reader));
        }

        return snapshots;
    }

    /// <summary>Actor ids among <paramref name="participants"/> that no actor has.</summary>
    public static async Task<List<string>> UnknownActorsAsync(TimelineDbContext db, IReadOnlyList<ParticipantValue> participants, CancellationToken cancellationToken)
    {
        var ids = participants.Select(p => p.Id).ToArray();
        var known = await db.Actors.Where(a => ids.Contains(a.Id)).Select(a => a.Id).ToListAsync(cancellationToken);
        return ids.Except(known, StringComparer.Ordinal).ToList();
    }

    /// <summary>Writes the editor's values into the shown columns and into events.corrections, which machine writes respect.</summary>
    public static void AddValues(NpgsqlBatch batch, Guid id, EventValues values, bool correction)
    {
        var corrections = values.Fields().ToDictionary(f => f, values.ValueOf);
        batch.Add("""
            UPDATE events SET
                title = coalesce(@title, title), summary = coalesce(@summary, summary), type = coalesce(@type, type),
                earliest = CASE WHEN @has_date THEN @earliest ELSE earliest END,
                latest = CASE WHEN @has_date THEN @latest ELSE latest END,
                precision = CASE WHEN @has_date THEN @precision ELSE precision END,
                sort_date = CASE WHEN @has_date THEN @earliest ELSE sort_date END,
                location = CASE WHEN @has_location THEN @location ELSE location END,
                topics = coalesce(@topics, topics), actor_ids = coalesce(@actor_ids, actor_ids),
                corrections = CASE WHEN @correction THEN corrections || @corrections ELSE corrections END,
                verified = CASE WHEN @correction THEN false ELSE verified END,
                curated = true, version = version + 1
            WHERE id = @id
            """,
            ("id", id), ("title", values.Title), ("summary", values.Summary), ("type", values.Type),
            ("has_date", values.Date is not null), ("earliest", values.Date?.Earliest), ("latest", values.Date?.Latest),
            ("precision", values.Date is { } d ? EventTypes.ToApi(d.Precision) : null),
            ("has_location", values.LocationGiven), ("location", values.Location),
            ("topics", values.Topics?.ToArray()), ("actor_ids", values.Participants?.Select(p => p.Id).ToArray()),
            ("correction", correction), ("corrections", new SqlBatch.Jsonb(JsonSerializer.Serialize(corrections, Json))));
        if (values.Participants is { } participants)
        {
            batch.Add("DELETE FROM event_participants WHERE event_id = @id", ("id", id));
            batch.Add("""
                INSERT INTO event_participants (event_id, actor_id, role)
                SELECT @id, x.id, x.role FROM jsonb_to_recordset(@participants) AS x(id text, role text)
                """, ("id", id), ("participants", new SqlBatch.Jsonb(JsonSerializer.Serialize(participants, Json))));
        }

        if (values.Title is not null || values.Summary is not null)
        {
            batch.Add(EventRows.Searchable, ("written", new[] { id }));
        }
    }

    /// <summary>Claims stay in the events an editor acted on, whatever later reports say.</summary>
    public static void AddPins(NpgsqlBatch batch, params Guid[] ids) =>
        batch.Add("UPDATE event_sources SET pinned = true WHERE event_id = ANY(@ids) AND NOT pinned", ("ids", ids));

    public static void AddHistory(NpgsqlBatch batch, Guid id, DateTimeOffset at, EditorNote note, string action, IEnumerable<FieldChange> changes) =>
        batch.Add("""
            INSERT INTO event_history (event_id, at, editor, action, changes, reason)
            VALUES (@id, @at, @editor, @action, @changes, @reason)
            """, ("id", id), ("at", at), ("editor", note.Editor), ("action", action),
            ("changes", new SqlBatch.Jsonb(JsonSerializer.Serialize(changes.ToList(), Json))), ("reason", note.Reason));

    /// <summary>Before and after of each given field that the values change.</summary>
    public static List<FieldChange> Changes(EventSnapshot before, EventValues values) => values.Fields()
        .Select(f => new FieldChange(f, before.Values[f], values.ValueOf(f)))
        .Where(c => JsonSerializer.Serialize(c.Before, Json) != JsonSerializer.Serialize(c.After, Json))
        .ToList();

    public static EventDate? Date(string? wire) => EventDate.TryParse(wire, out var date) ? date : null;
}

/// <summary>One field of one change in an event's history.</summary>
public sealed record FieldChange(string Field, object? Before, object? After);
