using System.Data.Common;
using System.Text;
using System.Text.Json;
using Timeline.Core.Claims;
using Timeline.Core.Merging;

namespace Timeline.Data.Store;

/// <summary>An article's identity key (url or content hash), publisher and publication date.</summary>
public sealed record ArticleKey(string Key, string? Publisher, DateOnly? PublishedAt);

/// <summary>Reads stored claims for the merger: an article's own, and every claim inside some <see cref="ClaimWindow"/>s.</summary>
public sealed class ClaimStore(TimelineDbContext db)
{
    private const string Columns = """
        s.event_id, s.article_id, CASE WHEN a.url IS NULL THEN 'hash:' || a.content_hash ELSE 'url:' || a.url END,
        s.type, s.cameo_code, s.earliest, s.latest, s.precision, s.location, s.participants::text, s.title, s.summary,
        s.confidence, s.topics, s.pinned, a.publisher, a.published_at
        """;

    /// <summary>The article's identity key (url or content hash, as <see cref="KeyedClaim"/> wants it), publisher and date, and its stored claims.</summary>
    public async Task<(ArticleKey Article, List<StoredClaim> Claims)> ArticleAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await using var command = db.Command($"""
            SELECT CASE WHEN url IS NULL THEN 'hash:' || content_hash ELSE 'url:' || url END, publisher, published_at FROM articles WHERE id = @article;
            SELECT {Columns} FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.article_id = @article;
            """);
        command.Parameters.AddWithValue("article", articleId);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        var key = await reader.ReadAsync(cancellationToken)
            ? new ArticleKey(reader.GetString(0), reader.IsDBNull(1) ? null : reader.GetString(1), reader.IsDBNull(2) ? null : reader.GetFieldValue<DateOnly>(2))
            : throw new InvalidOperationException($"Article {articleId} is not stored.");
        await reader.NextResultAsync(cancellationToken);
        return (key, await ReadClaimsAsync(reader, cancellationToken));
    }

    /// <summary>
    /// Claims of other articles inside the windows, plus every other claim of the events those claims (and
    /// <paramref name="events"/>) belong to, so an event is never seen in part.
    /// </summary>
    public async Task<List<StoredClaim>> InWindowsAsync(
        IReadOnlyList<ClaimWindow> windows, Guid articleId, IReadOnlyCollection<Guid> events, CancellationToken cancellationToken)
    {
        await using var command = db.Command(string.Empty);
        var conditions = new StringBuilder();
        for (var i = 0; i < windows.Count; i++)
        {
            var window = windows[i];
            command.Parameters.AddWithValue($"r{i}", SameEventFamily.RootsOf(window.Family).ToArray());
            conditions.Append(conditions.Length == 0 ? string.Empty : "\n   OR ");
            if (window.From is not { } from || window.To is not { } to)
            {
                conditions.Append($"(s.cameo_root = ANY(@r{i}) AND s.precision IS NULL)");
                continue;
            }

            // A month spans at most 31 days and a year 366, so each precision is one bounded range of the index.
            command.Parameters.AddWithValue($"f{i}", from);
            command.Parameters.AddWithValue($"t{i}", to);
            conditions.Append($"""
                (s.cameo_root = ANY(@r{i}) AND (
                    (s.precision = 'day' AND s.earliest BETWEEN @f{i} AND @t{i})
                 OR (s.precision = 'month' AND s.earliest BETWEEN @f{i} - 30 AND @t{i} AND s.latest >= @f{i})
                 OR (s.precision = 'year' AND s.earliest BETWEEN @f{i} - 365 AND @t{i} AND s.latest >= @f{i})))
                """);
        }

        command.Parameters.AddWithValue("article", articleId);
        command.Parameters.AddWithValue("events", events.ToArray());
        // The events hit are few, but the planner cannot tell from the ORed windows (it estimated thousands and joined
        // every stored claim with every article, a read that grew with the archive): as an array they are looked up
        // one by one through the event_sources key.
        command.CommandText = $"""
            WITH hit AS (
                SELECT s.event_id FROM event_sources s
                WHERE s.article_id <> @article AND ({(conditions.Length == 0 ? "false" : conditions.ToString())})
                UNION SELECT unnest(@events))
            SELECT {Columns} FROM event_sources s JOIN articles a ON a.id = s.article_id
            WHERE s.event_id = ANY(ARRAY(SELECT event_id FROM hit)) AND s.article_id <> @article
            """;
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadClaimsAsync(reader, cancellationToken);
    }

    /// <summary>Every stored claim of the events, for an editor's merge or split.</summary>
    public async Task<List<StoredClaim>> OfEventsAsync(IReadOnlyCollection<Guid> events, CancellationToken cancellationToken)
    {
        await using var command = db.Command($"SELECT {Columns} FROM event_sources s JOIN articles a ON a.id = s.article_id WHERE s.event_id = ANY(@events)");
        command.Parameters.AddWithValue("events", events.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        return await ReadClaimsAsync(reader, cancellationToken);
    }

    private static async Task<List<StoredClaim>> ReadClaimsAsync(DbDataReader reader, CancellationToken cancellationToken)
    {
        var claims = new List<StoredClaim>();
        while (await reader.ReadAsync(cancellationToken))
        {
            var date = EventTypes.ToEventDate(
                reader.IsDBNull(5) ? null : reader.GetFieldValue<DateOnly>(5),
                reader.IsDBNull(6) ? null : reader.GetFieldValue<DateOnly>(6),
                reader.IsDBNull(7) ? null : reader.GetString(7));
            var claim = new Claim(
                reader.GetString(3),
                reader.IsDBNull(4) ? null : reader.GetString(4),
                date,
                reader.IsDBNull(8) ? null : reader.GetString(8),
                ParseParticipants(reader.GetString(9)),
                reader.GetString(10),
                reader.GetString(11),
                reader.GetDouble(12),
                reader.GetFieldValue<string[]>(13))
            {
                Publisher = reader.IsDBNull(15) ? null : reader.GetString(15),
                PublishedAt = reader.IsDBNull(16) ? null : reader.GetFieldValue<DateOnly>(16),
            };
            claims.Add(new StoredClaim(reader.GetGuid(0), reader.GetGuid(1), reader.GetString(2), claim, reader.GetBoolean(14)));
        }

        return claims;
    }

    // The participants column is written by EF's JSON mapping of ClaimParticipant: [{"ActorId": .., "Kind": .., "Role": .., "Acts": .., "Country": ..}].
    private static List<ClaimActor> ParseParticipants(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.EnumerateArray()
            .Select(p => new ClaimActor(
                p.GetProperty("ActorId").GetString()!,
                p.GetProperty("Kind").GetString()!,
                p.TryGetProperty("Role", out var role) && role.ValueKind == JsonValueKind.String ? role.GetString() : null,
                p.TryGetProperty("Acts", out var acts) && acts.ValueKind == JsonValueKind.True,
                p.TryGetProperty("Country", out var country) && country.ValueKind == JsonValueKind.String ? country.GetString() : null))
            .ToList();
    }
}
