using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;
using Timeline.Data;

namespace Timeline.Api.Infrastructure;

/// <summary>Transaction-scoped PostgreSQL advisory locks; released by commit or rollback.</summary>
public static class AdvisoryLocks
{
    /// <summary>Serializes everything done to one article (identity = url or content hash).</summary>
    public const int ArticleScope = 1;

    /// <summary>Serializes match-or-insert decisions for one merge key (event type + CAMEO root).</summary>
    public const int MergeScope = 2;

    public static async Task AcquireAsync(TimelineDbContext db, int scope, string key, CancellationToken cancellationToken)
    {
        var hash = StableHash(key);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({scope}, {hash})", cancellationToken);
    }

    // string.GetHashCode is randomized per process; several API processes must agree on the lock id.
    private static int StableHash(string key) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
}
