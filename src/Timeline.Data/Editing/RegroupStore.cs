using Microsoft.EntityFrameworkCore;
using Npgsql;
using Timeline.Core.Claims;
using Timeline.Core.Merging;
using Timeline.Data.Store;

namespace Timeline.Data.Editing;

/// <summary>
/// Editors regroup sources: merge two events into one, or split sources out of an event into a new one. The claims
/// end pinned to the events the editor chose, so later reports never undo a merge or a split; both events are
/// re-derived from their claims (editor values still win). Takes the merge locks of the claims' windows first, like
/// every machine write to those claims, then the events' rows.
/// </summary>
public sealed class RegroupStore(TimelineDbContext db, ClaimStore claims, TimeProvider clock)
{
    private const string Savepoint = "regroup";

    public async Task<EditOutcome> MergeAsync(Guid target, Guid other, int? expected, EditorNote note, CancellationToken cancellationToken)
    {
        if (target == other)
        {
            return EditOutcome.Conflict(target, "An event cannot be merged into itself.");
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await LockClaimsAsync([target, other], cancellationToken);
        var rows = await EditSql.LockAsync(db, [target, other], cancellationToken);
        if (rows.FirstOrDefault(r => r.Id == target) is not { } kept)
        {
            return EditOutcome.NotFound(target);
        }

        if (rows.FirstOrDefault(r => r.Id == other) is null)
        {
            return EditOutcome.Invalid(target, "other", $"No event has id {other}.");
        }

        if (expected is not null && kept.Version != expected)
        {
            return EditOutcome.Stale(target, kept.Version);
        }

        var shared = stored.GroupBy(c => c.ArticleId).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        if (shared.Count > 0)
        {
            return EditOutcome.Conflict(target,
                $"Both events cite article {shared[0]}, which reports them as two events; split that article's claim out of one of them first.");
        }

        var now = clock.GetUtcNow();
        var before = stored.Count(c => c.EventId == target);
        await using var batch = db.Batch();
        EditSql.AddHistory(batch, other, now, note, "merged-into", [new FieldChange("mergedInto", null, target)]);
        EditSql.AddHistory(batch, target, now, note, "merged",
            [new FieldChange("merged", null, other), new FieldChange("sources", before, stored.Count)]);
        batch.Add("UPDATE event_sources SET event_id = @target, pinned = true WHERE event_id = @other", ("target", target), ("other", other));
        batch.Add("UPDATE event_citations SET event_id = @target WHERE event_id = @other", ("target", target), ("other", other));
        Derive(batch, target, stored.Select(c => c.Claim).ToList());
        batch.Add("DELETE FROM events WHERE id = @other", ("other", other));
        batch.Add("UPDATE event_aliases SET new_id = @target WHERE new_id = @other", ("target", target), ("other", other));
        batch.Add("INSERT INTO event_aliases (old_id, new_id) VALUES (@other, @target)", ("target", target), ("other", other));
        batch.Add("UPDATE events SET curated = true, version = version + 1 WHERE id = @target", ("target", target));
        EditSql.AddPins(batch, target);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditOutcome(EditStatus.Done, target, await VersionAsync(target, cancellationToken));
    }

    /// <summary>Moves the claims of <paramref name="articles"/> out of the event into a new one; answers the new event.</summary>
    public async Task<EditOutcome> SplitAsync(Guid id, IReadOnlyList<Guid> articles, int? expected, EditorNote note, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var stored = await LockClaimsAsync([id], cancellationToken);
        if ((await EditSql.LockAsync(db, [id], cancellationToken)) is not [var row])
        {
            return EditOutcome.NotFound(id);
        }

        if (expected is not null && row.Version != expected)
        {
            return EditOutcome.Stale(id, row.Version);
        }

        var missing = articles.Where(a => stored.All(c => c.ArticleId != a)).ToList();
        if (missing.Count > 0)
        {
            return EditOutcome.Invalid(id, "articleIds", $"Article {missing[0]} is not a source of event {id} (see its sources).");
        }

        var moving = stored.Where(c => articles.Contains(c.ArticleId)).ToList();
        var staying = stored.Except(moving).ToList();
        if (staying.Count == 0)
        {
            return EditOutcome.Conflict(id, "Splitting every source out would leave the event without one; hide it or correct it instead.");
        }

        var split = Guid.CreateVersion7();
        var now = clock.GetUtcNow();
        await using var batch = db.Batch();
        Derive(batch, split, moving.Select(c => c.Claim).ToList());
        batch.Add("UPDATE event_sources SET event_id = @split, pinned = true WHERE event_id = @id AND article_id = ANY(@articles)",
            ("split", split), ("id", id), ("articles", articles.ToArray()));
        Derive(batch, id, staying.Select(c => c.Claim).ToList());
        batch.Add("UPDATE events SET curated = true, version = version + 1 WHERE id = ANY(@ids)", ("ids", new[] { id, split }));
        EditSql.AddPins(batch, id, split);
        EditSql.AddHistory(batch, id, now, note, "split",
            [new FieldChange("splitInto", null, split), new FieldChange("sources", stored.Count, staying.Count)]);
        EditSql.AddHistory(batch, split, now, note, "split-from",
            [new FieldChange("splitFrom", null, id), new FieldChange("sources", 0, moving.Count)]);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditOutcome(EditStatus.Done, split, await VersionAsync(split, cancellationToken));
    }

    /// <summary>Writes the event derived from its claims (editor values still win); nothing for an event without claims.</summary>
    private static void Derive(NpgsqlBatch batch, Guid id, IReadOnlyList<Claim> eventClaims)
    {
        if (eventClaims.Count == 0)
        {
            return;
        }

        var derived = ClaimDerivation.Derive(eventClaims);
        batch.Add(EventRows.Upsert, ("events", SqlBatch.Rows([EventRows.Row(id, derived, eventClaims.Count)])));
        batch.Add(EventRows.DeleteParticipants, ("written", new[] { id }));
        batch.Add(EventRows.InsertParticipants, ("participants", SqlBatch.Rows(EventRows.ParticipantRows(id, derived))));
        batch.Add(EventRows.Searchable, ("written", new[] { id }));
    }

    /// <summary>
    /// The events' claims, read under the merge locks of their windows: locks are taken for what was read, and the
    /// claims read again until no new window turns up (a lower lock that is busy sends the read back to the savepoint).
    /// </summary>
    private async Task<List<StoredClaim>> LockClaimsAsync(IReadOnlyCollection<Guid> events, CancellationToken cancellationToken)
    {
        var transaction = db.Database.CurrentTransaction!;
        await transaction.CreateSavepointAsync(Savepoint, cancellationToken);
        var locks = new MergeLocks(db);
        var held = new HashSet<string>(StringComparer.Ordinal);
        while (true)
        {
            var stored = await claims.OfEventsAsync(events, cancellationToken);
            var needed = stored.SelectMany(c => ClaimWindow.Of(c.Claim).Buckets()).Where(held.Add).ToList();
            if (needed.Count == 0)
            {
                return stored;
            }

            if (!await locks.TakeAsync(needed, cancellationToken))
            {
                await transaction.RollbackToSavepointAsync(Savepoint, cancellationToken);
                await locks.RetakeAsync(held, cancellationToken);
            }
        }
    }

    private Task<int> VersionAsync(Guid id, CancellationToken cancellationToken) =>
        db.Events.Where(e => e.Id == id).Select(e => e.Version).FirstAsync(cancellationToken);
}
