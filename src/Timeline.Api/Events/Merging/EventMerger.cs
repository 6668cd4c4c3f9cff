using Microsoft.EntityFrameworkCore;
using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>
/// Makes an article's stored claims equal to its latest extraction: each extracted event joins a
/// matching stored event or creates one; claims the article no longer makes are dropped; every touched
/// event is re-derived from the claims it has left, and deleted when none are left.
/// Call inside the article's transaction, after the article's own lock.
/// </summary>
public sealed class EventMerger(TimelineDbContext db)
{
    public async Task ReplaceClaimsAsync(Guid articleId, IReadOnlyList<ExtractedEvent> extracted, CancellationToken cancellationToken)
    {
        var previous = await db.EventSources.Include(s => s.Event)
            .Where(s => s.ArticleId == articleId)
            .ToListAsync(cancellationToken);
        var claims = extracted.Select(e => e.ToClaim()).ToList();

        // Advisory locks per merge key rather than SERIALIZABLE + retry: two reports of one event
        // always share the key, so concurrent articles about it queue here and the second sees the
        // first's event; articles about unrelated events never wait for each other. Keys are taken in
        // sorted order so two articles cannot deadlock.
        var keys = claims.Select(c => c.MergeKey)
            .Concat(previous.Select(p => p.ToClaim(p.Event.Type).MergeKey))
            .Distinct()
            .Order(StringComparer.Ordinal);
        foreach (var key in keys)
        {
            await AdvisoryLocks.AcquireAsync(db, AdvisoryLocks.MergeScope, key, cancellationToken);
        }

        var claimed = new HashSet<Guid>();
        for (var i = 0; i < claims.Count; i++)
        {
            var target = await FindMatchAsync(articleId, claims[i], claimed, cancellationToken);
            if (target is null)
            {
                target = new Event { Id = Guid.CreateVersion7(), Type = claims[i].Type, Title = claims[i].Title, Summary = claims[i].Summary };
                target.Apply(ClaimDerivation.Derive([claims[i]]));
                db.Events.Add(target);
            }

            var source = extracted[i].ToSource(target.Id, articleId);
            var old = previous.FirstOrDefault(p => p.EventId == target.Id);
            if (old is null)
            {
                db.EventSources.Add(source);
            }
            else
            {
                db.Entry(old).CurrentValues.SetValues(source);
                old.Participants = source.Participants;
                old.Evidence = source.Evidence;
            }

            claimed.Add(target.Id);
        }

        var dropped = previous.Where(p => !claimed.Contains(p.EventId)).ToList();
        db.EventSources.RemoveRange(dropped);
        await db.SaveChangesAsync(cancellationToken);
        await RederiveAsync(claimed.Concat(dropped.Select(d => d.EventId)).ToHashSet(), cancellationToken);
    }

    private async Task<Event?> FindMatchAsync(Guid articleId, Claim claim, HashSet<Guid> claimed, CancellationToken cancellationToken)
    {
        var query = db.Events.Include(e => e.Sources).Where(e => e.Type == claim.Type && !claimed.Contains(e.Id));
        if (claim.Date is { } date)
        {
            var from = date.Earliest.AddDays(-EventMatcher.SlackDays);
            var to = date.Latest.AddDays(EventMatcher.SlackDays);
            query = query.Where(e => e.Earliest <= to && e.Latest >= from);
        }
        else
        {
            query = query.Where(e => e.Earliest == null);
        }

        var candidates = await query.ToListAsync(cancellationToken);
        return candidates
            .Where(e => e.Sources.Count > 0 && EventMatcher.CompatibleWithAll(claim, ClaimsToCompare(e, articleId)))
            .OrderBy(e => DistanceInDays(claim.Date, e))
            .ThenByDescending(e => e.Sources.Count)
            .ThenBy(e => e.Id)
            .FirstOrDefault();
    }

    // The article's own earlier claim is being replaced, so it only counts when nothing else supports the event.
    private static IEnumerable<Claim> ClaimsToCompare(Event e, Guid articleId)
    {
        var others = e.Sources.Where(s => s.ArticleId != articleId).ToList();
        return (others.Count > 0 ? others : e.Sources).Select(s => s.ToClaim(e.Type));
    }

    private static int DistanceInDays(EventDate? date, Event e) =>
        date is null || e.Earliest is not { } earliest ? 0 : Math.Abs(date.Earliest.DayNumber - earliest.DayNumber);

    private async Task RederiveAsync(HashSet<Guid> eventIds, CancellationToken cancellationToken)
    {
        var events = await db.Events.Include(e => e.Sources).Include(e => e.Participants)
            .Where(e => eventIds.Contains(e.Id))
            .ToListAsync(cancellationToken);
        foreach (var entity in events)
        {
            if (entity.Sources.Count == 0)
            {
                db.Events.Remove(entity);
            }
            else
            {
                entity.Apply(ClaimDerivation.Derive(entity.Sources.Select(s => s.ToClaim(entity.Type)).ToList()));
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
