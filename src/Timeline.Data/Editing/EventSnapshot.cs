using Timeline.Core.Claims;
using Timeline.Core.Corrections;

namespace Timeline.Data.Editing;

/// <summary>An event's shown values and state, read under its row lock before an editor changes it.</summary>
public sealed record EventSnapshot(Guid Id, int Version, bool Hidden, bool Verified, string Origin, IReadOnlyDictionary<string, object?> Values)
{
    public const string Select = """
        SELECT e.id, e.version, e.hidden, e.verified, e.origin, e.title, e.summary, e.type, e.earliest, e.precision, e.location,
               e.topics, coalesce((SELECT json_agg(json_build_object('id', p.actor_id, 'role', p.role) ORDER BY p.actor_id)
                                   FROM event_participants p WHERE p.event_id = e.id), '[]')::text
        FROM events e WHERE e.id = ANY(@ids) ORDER BY e.id FOR UPDATE OF e
        """;

    public static EventSnapshot Read(System.Data.Common.DbDataReader r)
    {
        var participants = System.Text.Json.JsonSerializer.Deserialize<List<ParticipantValue>>(r.GetString(12), System.Text.Json.JsonSerializerOptions.Web)!;
        var values = new Dictionary<string, object?>
        {
            [EventFields.Title] = r.GetString(5),
            [EventFields.Summary] = r.GetString(6),
            [EventFields.Type] = r.GetString(7),
            [EventFields.Date] = WireDate.Format(r.IsDBNull(8) ? null : r.GetFieldValue<DateOnly>(8), r.IsDBNull(9) ? null : r.GetString(9)),
            [EventFields.Location] = r.IsDBNull(10) ? null : r.GetString(10),
            [EventFields.Topics] = r.GetFieldValue<string[]>(11).ToList(),
            [EventFields.Participants] = participants,
        };
        return new EventSnapshot(r.GetGuid(0), r.GetInt32(1), r.GetBoolean(2), r.GetBoolean(3), r.GetString(4), values);
    }
}
