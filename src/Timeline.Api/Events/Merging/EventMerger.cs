using Microsoft.EntityFrameworkCore;
using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Data.Entities;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>
/// Makes an article's stored claims equal to its latest extraction, then re-clusters every claim of each
/// merge key it touches with <see cref="ClaimClustering"/>, so the events depend on the set of stored
/// claims and not on the order articles arrived in. Existing event ids are kept where the clusters allow;
/// events left without claims are deleted. Call inside the article's transaction, after the article's own lock.
/// </summary>
public sealed class EventMerger(TimelineDbContext db)
{
    public async Task ReplaceClaimsAsync(Guid articleId, IReadOnlyList<ExtractedEvent> extracted, CancellationToken cancellationToken)
    {
        var previous = await db.EventSources.Include(s => s.Event)
            .Where(s => s.ArticleId == articleId)
            .ToListAsync(cancellationToken);
        var fresh = extracted.Select(e => (Extracted: e, Claim: e.ToClaim())).ToList();

        // Advisory locks per merge key rather than SERIALIZABLE + retry: two reports of one event always
        // share the key, so concurrent articles about it queue here and the later one re-clusters with the
        // earlier one's claims in view; articles about unrelated events never wait for each other. Keys are
        // taken in sorted order so two articles cannot deadlock.
        var keys = fresh.Select(f => f.Claim.MergeKey)
            .Concat(previous.Select(p => p.ToClaim(p.Event.Type).MergeKey))
            .Distinct()
            .Order(StringComparer.Ordinal)
            .ToList();
        foreach (var key in keys)
        {
            await AdvisoryLocks.AcquireAsync(db, AdvisoryLocks.MergeScope, key, cancellationToken);
        }

        var stored = new List<EventSource>();
        foreach (var key in keys)
        {
            stored.AddRange(await SourcesOfKeyAsync(key, articleId, cancellationToken));
        }

        var articleKeys = await ArticleKeysAsync(stored.Select(s => s.ArticleId).Append(articleId), cancellationToken);
        var members = stored
            .Select(s => new Member(new KeyedClaim(articleKeys[s.ArticleId], s.ToClaim(s.Event.Type)), s.EventId, s, null))
            .Concat(fresh.Select(f => new Member(new KeyedClaim(articleKeys[articleId], f.Claim), null, null, f.Extracted)))
            .ToList();
        members = InheritPreviousEvents(members, previous);

        var clusters = keys
            .SelectMany(key =>
            {
                var ofKey = members.Where(m => m.Keyed.Claim.MergeKey == key).ToList();
                return ClaimClustering.Cluster(ofKey.Select(m => m.Keyed).ToList())
                    .Select(group => group.Select(i => ofKey[i]).ToList());
            })
            .ToList();
        var eventIds = AssignEventIds(clusters);

        // Moving a claim changes its primary key (event_id, article_id), so the old rows are deleted first.
        var moved = clusters
            .SelectMany(c => c.Where(m => m.Stored is not null && m.Stored.EventId != eventIds[c]).Select(m => m.Stored!))
            .ToHashSet();
        db.EventSources.RemoveRange(previous);
        db.EventSources.RemoveRange(moved);
        await db.SaveChangesAsync(cancellationToken);

        var touched = stored.Select(s => s.EventId).Concat(previous.Select(p => p.EventId)).Distinct().ToList();
        var events = await db.Events.Include(e => e.Participants)
            .Where(e => touched.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, cancellationToken);
        foreach (var cluster in clusters)
        {
            var id = eventIds[cluster];
            if (!events.TryGetValue(id, out var entity))
            {
                var first = cluster[0].Keyed.Claim;
                entity = new Event { Id = id, Type = first.Type, Title = first.Title, Summary = first.Summary };
                db.Events.Add(entity);
                events[id] = entity;
            }

            entity.Apply(ClaimDerivation.Derive(cluster.Select(m => m.Keyed.Claim).ToList()));
            foreach (var member in cluster)
            {
                if (member.Extracted is not null)
                {
                    db.EventSources.Add(member.Extracted.ToSource(id, articleId));
                }
                else if (moved.Contains(member.Stored!))
                {
                    db.EventSources.Add(member.Stored!.MovedTo(id));
                }
            }
        }

        var used = eventIds.Values.ToHashSet();
        db.Events.RemoveRange(events.Values.Where(e => !used.Contains(e.Id)));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A claim being clustered: a stored row of another article, or one of this article's new claims.</summary>
    private sealed record Member(KeyedClaim Keyed, Guid? CurrentEventId, EventSource? Stored, ExtractedEvent? Extracted);

    private async Task<List<EventSource>> SourcesOfKeyAsync(string key, Guid articleId, CancellationToken cancellationToken)
    {
        var separator = key.IndexOf('|', StringComparison.Ordinal);
        var (type, root) = (key[..separator], key[(separator + 1)..]);
        var query = db.EventSources.Include(s => s.Event).Where(s => s.Event.Type == type && s.ArticleId != articleId);
        query = root.Length > 0
            ? query.Where(s => s.CameoCode != null && s.CameoCode.StartsWith(root))
            : query.Where(s => s.CameoCode == null || s.CameoCode.Length < 2);
        var candidates = await query.ToListAsync(cancellationToken);
        return candidates.Where(s => s.ToClaim(type).MergeKey == key).ToList();
    }

    /// <summary>url or content hash: the same for an article in every ingestion order, unlike its generated id.</summary>
    private async Task<Dictionary<Guid, string>> ArticleKeysAsync(IEnumerable<Guid> articleIds, CancellationToken cancellationToken)
    {
        var ids = articleIds.Distinct().ToList();
        var articles = await db.Articles.AsNoTracking()
            .Where(a => ids.Contains(a.Id))
            .Select(a => new { a.Id, a.Url, a.ContentHash })
            .ToListAsync(cancellationToken);
        return articles.ToDictionary(a => a.Id, a => a.Url is null ? $"hash:{a.ContentHash}" : $"url:{a.Url}");
    }

    // A re-posted article's new claim counts for the event its matching old claim was in, so an event whose
    // only source is re-posted with a still-matching claim keeps its id (issue 4, point 5).
    private static List<Member> InheritPreviousEvents(List<Member> members, List<EventSource> previous)
    {
        var unused = previous.OrderBy(p => p.EventId.ToString(), StringComparer.Ordinal).ToList();
        return members
            .OrderBy(m => m.Keyed, ClaimClustering.CanonicalOrder.Instance)
            .Select(m =>
            {
                if (m.Extracted is null)
                {
                    return m;
                }

                var match = unused.FirstOrDefault(p => EventMatcher.Compatible(m.Keyed.Claim, p.ToClaim(p.Event.Type)));
                if (match is null)
                {
                    return m;
                }

                unused.Remove(match);
                return m with { CurrentEventId = match.EventId };
            })
            .ToList();
    }

    /// <summary>
    /// Each cluster keeps the existing event holding most of its claims (ties: the oldest id); each id serves
    /// one cluster; the rest get new ids.
    /// </summary>
    private static Dictionary<List<Member>, Guid> AssignEventIds(List<List<Member>> clusters)
    {
        var candidates = clusters
            .SelectMany((cluster, index) => cluster
                .Where(m => m.CurrentEventId is not null)
                .GroupBy(m => m.CurrentEventId!.Value)
                .Select(g => (Cluster: cluster, Index: index, Id: g.Key, Count: g.Count())))
            .OrderByDescending(c => c.Count)
            .ThenBy(c => c.Id.ToString(), StringComparer.Ordinal)
            .ThenBy(c => c.Index);
        var assigned = new Dictionary<List<Member>, Guid>();
        var taken = new HashSet<Guid>();
        foreach (var candidate in candidates)
        {
            if (!assigned.ContainsKey(candidate.Cluster) && taken.Add(candidate.Id))
            {
                assigned[candidate.Cluster] = candidate.Id;
            }
        }

        foreach (var cluster in clusters.Where(c => !assigned.ContainsKey(c)))
        {
            assigned[cluster] = Guid.CreateVersion7();
        }

        return assigned;
    }
}
