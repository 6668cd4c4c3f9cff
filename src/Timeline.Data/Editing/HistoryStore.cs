using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace Timeline.Data.Editing;

/// <summary>One entry of an event's history as stored.</summary>
public sealed record HistoryEntry(long Id, Guid EventId, DateTimeOffset At, string? Editor, string Action, JsonElement Changes, string? Reason);

/// <summary>Reads history and follows the ids of events merged into others.</summary>
public sealed class HistoryStore(TimelineDbContext db)
{
    /// <summary>The event's entries and those of every event merged into it, oldest first; empty when the id was never an event.</summary>
    public async Task<List<HistoryEntry>> OfEventAsync(Guid id, CancellationToken cancellationToken)
    {
        var ids = await db.Aliases.Where(a => a.NewId == id).Select(a => a.OldId).ToListAsync(cancellationToken);
        ids.Add(id);
        var rows = await db.History.AsNoTracking().Where(h => ids.Contains(h.EventId)).OrderBy(h => h.Id).ToListAsync(cancellationToken);
        return rows.Select(h => new HistoryEntry(h.Id, h.EventId, h.At, h.Editor, h.Action,
            JsonDocument.Parse(h.Changes).RootElement.Clone(), h.Reason)).ToList();
    }

    /// <summary>The event an old id now lives in (merged away by an editor or by new reports), if any.</summary>
    public Task<Guid?> AliasAsync(Guid id, CancellationToken cancellationToken) =>
        db.Aliases.Where(a => a.OldId == id).Select(a => (Guid?)a.NewId).FirstOrDefaultAsync(cancellationToken);
}
