using System.Text.Json;
using Timeline.Data;
using Timeline.Data.Entities;

namespace Timeline.Api.Events;

/// <summary>
/// Loads events as <see cref="EventResponse"/> objects, keeping the order of the query it is given, for answers that
/// embed or transform them (exports, an article's events). The JSON comes from <see cref="EventJson"/>, so every view
/// of an event has the one shape the list and the event endpoints serve.
/// </summary>
public static class EventReader
{
    public static async Task<List<EventResponse>> ReadAsync(TimelineDbContext db, IQueryable<Event> query, CancellationToken cancellationToken)
    {
        var rows = await EventJson.ReadAsync(db, query, cancellationToken);
        return rows.Select(row => JsonSerializer.Deserialize<EventResponse>(row.Json, JsonSerializerOptions.Web)!).ToList();
    }
}
