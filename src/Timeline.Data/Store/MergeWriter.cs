using System.Text.Json.Serialization;
using Npgsql;
using Timeline.Core.Claims;
using Timeline.Core.Merging;
using Timeline.Extraction.Model;

namespace Timeline.Data.Store;

/// <summary>What one article's write stores: its fresh claims with their evidence, and the plan around them.</summary>
public sealed record MergeWrite(
    Guid ArticleId,
    bool HadClaims,
    MergePlan Plan,
    IReadOnlyList<(Claim Claim, IReadOnlyList<Evidence> Evidence)> Fresh,
    MergeCause Cause,
    string? ExtractorVersion);

/// <summary>
/// Writes a <see cref="MergePlan"/> in one round trip, with the machine's history entries. Events an editor acted on
/// keep the editor's values (<see cref="EventRows"/>) and are kept, flagged, when they lose their last source.
/// </summary>
public sealed class MergeWriter(TimelineDbContext db, TimeProvider clock)
{
    private const string ClaimColumns =
        "event_id, article_id, type, cameo_code, earliest, latest, precision, location, title, summary, confidence, topics, participants, evidence, evidence_text, pinned, extractor_version";

    public async Task ApplyAsync(MergeWrite write, CancellationToken cancellationToken)
    {
        var plan = write.Plan;
        await using var batch = db.Batch();
        var written = plan.Events.Select(e => e.Id).ToArray();
        var now = ("now", (object?)clock.GetUtcNow());
        var events = SqlBatch.Rows(plan.Events.Select(e => EventRows.Row(e.Id, e.Derived, e.SourceCount)));
        if (written.Length > 0)
        {
            batch.Add(MachineHistory.OfWrittenEvents, ("events", events), now, ("cause", write.Cause == MergeCause.Reextraction ? "reextraction" : "other"));
            batch.Add(MachineHistory.OfNewEvents, ("events", events), now);
        }

        if (plan.DeletedEvents.Count > 0)
        {
            batch.Add(MachineHistory.OfDeletedEvents, ("deleted", plan.DeletedEvents.ToArray()), now);
        }

        if (plan.Moves.Count > 0)
        {
            // A claim may move into an event that another claim of its article is moving out of in the same statement.
            batch.Add("""SET CONSTRAINTS "PK_event_sources" DEFERRED""");
        }

        if (write.HadClaims)
        {
            batch.Add("DELETE FROM event_sources WHERE article_id = @article", ("article", write.ArticleId));
        }

        if (written.Length > 0)
        {
            batch.Add(EventRows.Upsert, ("events", events));
        }

        if (plan.Moves.Count > 0)
        {
            batch.Add("""
                UPDATE event_sources s SET event_id = m.to_id
                FROM jsonb_to_recordset(@moves) AS m(article_id uuid, from_id uuid, to_id uuid)
                WHERE s.event_id = m.from_id AND s.article_id = m.article_id
                """, ("moves", SqlBatch.Rows(plan.Moves.Select(m => new { m.ArticleId, FromId = m.FromEventId, ToId = m.ToEventId }))));
        }

        if (write.Fresh.Count > 0)
        {
            batch.Add($"""
                INSERT INTO event_sources ({ClaimColumns})
                SELECT {ClaimColumns} FROM jsonb_to_recordset(@claims) AS x(
                    event_id uuid, article_id uuid, type text, cameo_code text, earliest date, latest date, precision text,
                    location text, title text, summary text, confidence float8, topics text[], participants jsonb,
                    evidence jsonb, evidence_text text, pinned boolean, extractor_version text)
                """, ("claims", SqlBatch.Rows(write.Fresh.Select((f, i) =>
                    ClaimRow(plan.FreshEventIds[i], write.ArticleId, f.Claim, f.Evidence, plan.FreshPinned.Count > i && plan.FreshPinned[i], write.ExtractorVersion)))));
        }

        if (write.ExtractorVersion is not null)
        {
            batch.Add("UPDATE articles SET extractor_version = @version WHERE id = @article",
                ("version", write.ExtractorVersion), ("article", write.ArticleId));
        }

        if (plan.DeletedEvents.Count > 0)
        {
            AddDeletions(batch, plan);
        }

        if (written.Length > 0)
        {
            batch.Add(EventRows.DeleteParticipants, ("written", written));
            batch.Add(EventRows.InsertParticipants,
                ("participants", SqlBatch.Rows(plan.Events.SelectMany(e => EventRows.ParticipantRows(e.Id, e.Derived)))));
            batch.Add(EventRows.Searchable, ("written", written));
        }

        if (batch.BatchCommands.Count > 0)
        {
            await batch.ExecuteNonQueryAsync(cancellationToken);
        }
    }

    /// <summary>
    /// Events left without claims go, and links to them follow the event that took their claims; an event an editor
    /// acted on stays (flagged: no source) so the correction is kept.
    /// </summary>
    private static void AddDeletions(NpgsqlBatch batch, MergePlan plan)
    {
        var deleted = ("deleted", (object?)plan.DeletedEvents.ToArray());
        batch.Add("DELETE FROM events WHERE id = ANY(@deleted) AND NOT curated", deleted);
        batch.Add("UPDATE events SET version = version + 1 WHERE id = ANY(@deleted)", deleted);
        if (plan.Aliases.Count > 0)
        {
            batch.Add("""
                WITH gone AS (
                    SELECT a.old_id, a.new_id FROM jsonb_to_recordset(@aliases) AS a(old_id uuid, new_id uuid)
                    WHERE NOT EXISTS (SELECT 1 FROM events e WHERE e.id = a.old_id)),
                onward AS (UPDATE event_aliases x SET new_id = g.new_id FROM gone g WHERE x.new_id = g.old_id)
                INSERT INTO event_aliases (old_id, new_id) SELECT old_id, new_id FROM gone
                ON CONFLICT (old_id) DO UPDATE SET new_id = EXCLUDED.new_id
                """, ("aliases", SqlBatch.Rows(plan.Aliases.Select(a => new { OldId = a.Key, NewId = a.Value }))));
        }
    }

    private static object ClaimRow(Guid eventId, Guid articleId, Claim claim, IReadOnlyList<Evidence> evidence, bool pinned, string? version) => new
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
        Participants = claim.Participants.Select(p => new StoredParticipant(p.ActorId, p.Kind, p.Role, p.Acts, p.Country)).ToList(),
        Evidence = evidence.Select(e => new StoredEvidence(e.Text, e.Start, e.End)).ToList(),
        EvidenceText = string.Join(" ", evidence.Select(e => e.Text)),
        Pinned = pinned,
        ExtractorVersion = version,
    };

    // The JSON shapes EF maps event_sources.participants and .evidence to (ClaimParticipant, EvidenceSpan).
    private sealed record StoredParticipant(
        [property: JsonPropertyName("ActorId")] string ActorId,
        [property: JsonPropertyName("Kind")] string Kind,
        [property: JsonPropertyName("Role")] string? Role,
        [property: JsonPropertyName("Acts")] bool Acts,
        [property: JsonPropertyName("Country")] string? Country);

    private sealed record StoredEvidence(
        [property: JsonPropertyName("Text")] string Text,
        [property: JsonPropertyName("Start")] int Start,
        [property: JsonPropertyName("End")] int End);
}
