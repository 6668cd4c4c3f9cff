using Microsoft.EntityFrameworkCore;
using Timeline.Core.Claims;
using Timeline.Core.Corrections;
using Timeline.Data.Store;

namespace Timeline.Data.Editing;

/// <summary>What an editor does to one event's state.</summary>
public enum EventStateChange
{
    Hide,
    Restore,
    Verify,
}

/// <summary>An editor's source for an added event: a stored article's passage, or a URL with a quote.</summary>
public sealed record CitationInput(Guid? ArticleId, int? Start, int? End, string? Url, string? Quote);

/// <summary>
/// Editors' changes to one event, each in one transaction under the event's row lock: a correction (the fields win over
/// every later extraction), hide, restore, verify, and an event the extractor missed. Each appends to the history.
/// </summary>
public sealed class CorrectionStore(TimelineDbContext db, TimeProvider clock)
{
    public async Task<EditOutcome> CorrectAsync(Guid id, int? expected, EventValues values, EditorNote note, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await LockOneAsync(id, expected, cancellationToken) is not { } before)
        {
            return await FailureAsync(id, expected, cancellationToken);
        }

        if (values.Participants is { } participants && await EditSql.UnknownActorsAsync(db, participants, cancellationToken) is { Count: > 0 } unknown)
        {
            return EditOutcome.Invalid(id, EventFields.Participants, $"No actor has id {string.Join(", ", unknown)} (see GET /api/v1/actors).");
        }

        await using var batch = db.Batch();
        EditSql.AddValues(batch, id, values, correction: true);
        EditSql.AddPins(batch, id);
        EditSql.AddHistory(batch, id, clock.GetUtcNow(), note, "corrected", EditSql.Changes(before, values));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditOutcome(EditStatus.Done, id, before.Version + 1);
    }

    public async Task<EditOutcome> ChangeStateAsync(Guid id, int? expected, EventStateChange change, EditorNote note, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await LockOneAsync(id, expected, cancellationToken) is not { } before)
        {
            return await FailureAsync(id, expected, cancellationToken);
        }

        var (column, value, action) = change switch
        {
            EventStateChange.Hide => ("hidden", true, "hidden"),
            EventStateChange.Restore => ("hidden", false, "restored"),
            _ => ("verified", true, "verified"),
        };
        var current = column == "hidden" ? before.Hidden : before.Verified;
        if (current == value)
        {
            return EditOutcome.Conflict(id, change switch
            {
                EventStateChange.Hide => "The event is hidden already.",
                EventStateChange.Restore => "The event is not hidden.",
                _ => "The event is verified already (a correction since would have cleared it).",
            });
        }

        await using var batch = db.Batch();
        batch.Add($"UPDATE events SET {column} = @value, curated = true, version = version + 1 WHERE id = @id", ("id", id), ("value", value));
        EditSql.AddPins(batch, id);
        EditSql.AddHistory(batch, id, clock.GetUtcNow(), note, action, [new FieldChange(column, current, value)]);
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditOutcome(EditStatus.Done, id, before.Version + 1);
    }

    /// <summary>An event the extractor missed, with every given field an editor value and the editor's citation as its source.</summary>
    public async Task<EditOutcome> AddAsync(EventValues values, CitationInput citation, EditorNote note, CancellationToken cancellationToken)
    {
        var id = Guid.CreateVersion7();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (values.Participants is { } participants && await EditSql.UnknownActorsAsync(db, participants, cancellationToken) is { Count: > 0 } unknown)
        {
            return EditOutcome.Invalid(id, EventFields.Participants, $"No actor has id {string.Join(", ", unknown)} (see GET /api/v1/actors).");
        }

        string quote;
        string? url = citation.Url;
        if (citation.ArticleId is { } articleId)
        {
            var article = await db.Articles.Where(a => a.Id == articleId).Select(a => new { a.Text, a.Url }).FirstOrDefaultAsync(cancellationToken);
            if (article is null)
            {
                return EditOutcome.Invalid(id, "citation.articleId", $"No article has id {articleId}; cite a stored article, or a url with a quote.");
            }

            var (start, end) = (citation.Start!.Value, citation.End!.Value);
            if (start < 0 || end <= start || end > article.Text.Length)
            {
                return EditOutcome.Invalid(id, "citation.start",
                    $"The passage [start, end) must lie inside the article's text, which is {article.Text.Length} characters long.");
            }

            quote = article.Text[start..end];
            if (citation.Quote is { } given && given.Trim() != quote.Trim())
            {
                return EditOutcome.Invalid(id, "citation.quote", $"The article's text at [{start}, {end}) is \"{quote}\", not the quote given.");
            }

            url ??= article.Url;
        }
        else
        {
            quote = citation.Quote!;
        }

        var date = values.Date;
        await using var batch = db.Batch();
        batch.Add("""
            INSERT INTO events (id, type, earliest, latest, precision, sort_date, title, summary, location, topics, confidence,
                                actor_ids, publishers, search_vector, origin, curated)
            VALUES (@id, @type, @earliest, @latest, @precision, @sort_date, @title, @summary, @location, @topics, 1,
                    @actor_ids, '{}', ''::tsvector, 'added', true)
            """,
            ("id", id), ("type", values.Type!), ("earliest", date?.Earliest), ("latest", date?.Latest),
            ("precision", date is null ? null : EventTypes.ToApi(date.Precision)), ("sort_date", date?.Earliest ?? ClaimMapping.UndatedSortDate),
            ("title", values.Title!), ("summary", values.Summary ?? values.Title!), ("location", values.Location),
            ("topics", (values.Topics ?? []).ToArray()), ("actor_ids", (values.Participants ?? []).Select(p => p.Id).ToArray()));
        EditSql.AddValues(batch, id, values with { Summary = values.Summary ?? values.Title }, correction: true);
        batch.Add("""
            INSERT INTO event_citations (event_id, article_id, url, quote, start, "end", editor, at)
            VALUES (@id, @article, @url, @quote, @start, @end, @editor, @at)
            """, ("id", id), ("article", citation.ArticleId), ("url", url), ("quote", quote), ("start", citation.ArticleId is null ? null : citation.Start),
            ("end", citation.ArticleId is null ? null : citation.End), ("editor", note.Editor), ("at", clock.GetUtcNow()));
        batch.Add("UPDATE events SET search_vector = to_tsvector('english', title || ' ' || summary || ' ' || @quote) WHERE id = @id", ("id", id), ("quote", quote));
        EditSql.AddHistory(batch, id, clock.GetUtcNow(), note, "added",
            values.Fields().Select(f => new FieldChange(f, null, values.ValueOf(f))).Append(new FieldChange("citations", null, quote)));
        await batch.ExecuteNonQueryAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new EditOutcome(EditStatus.Done, id, 2);
    }

    private async Task<EventSnapshot?> LockOneAsync(Guid id, int? expected, CancellationToken cancellationToken) =>
        (await EditSql.LockAsync(db, [id], cancellationToken)) is [var snapshot] && (expected is null || snapshot.Version == expected)
            ? snapshot
            : null;

    private async Task<EditOutcome> FailureAsync(Guid id, int? expected, CancellationToken cancellationToken)
    {
        var version = await db.Events.Where(e => e.Id == id).Select(e => (int?)e.Version).FirstOrDefaultAsync(cancellationToken);
        return version is { } current && expected is not null && current != expected ? EditOutcome.Stale(id, current) : EditOutcome.NotFound(id);
    }
}
