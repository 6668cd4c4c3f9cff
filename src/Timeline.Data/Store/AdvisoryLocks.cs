using System.Security.Cryptography;
using System.Text;
using Microsoft.EntityFrameworkCore;

namespace Timeline.Data.Store;

/// <summary>Transaction-scoped PostgreSQL advisory locks; released by commit or rollback (or rollback to an earlier savepoint).</summary>
public static class AdvisoryLocks
{
    /// <summary>Serializes everything done to one article (identity = url or content hash).</summary>
    public const int ArticleScope = 1;

    /// <summary>Serializes merge decisions per merge family and month (see Timeline.Core/Merging/ClaimWindow).</summary>
    public const int MergeScope = 2;

    public static async Task AcquireAsync(TimelineDbContext db, int scope, string key, CancellationToken cancellationToken)
    {
        var hash = StableHash(key);
        await db.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({scope}, {hash})", cancellationToken);
    }

    /// <summary>Waits for each lock in the order given (one round trip); callers pass ascending keys.</summary>
    public static async Task AcquireAllAsync(TimelineDbContext db, int scope, IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        // unnest yields the array in order, and the function scan evaluates the locks row by row in that order.
        await using var command = db.Command("SELECT count(pg_advisory_xact_lock(@scope, k)) FROM unnest(@keys) AS k");
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        await command.ExecuteScalarAsync(cancellationToken);
    }

    /// <summary>Takes the locks that are free without waiting; false when any is held by another transaction.</summary>
    public static async Task<bool> TryAcquireAllAsync(TimelineDbContext db, int scope, IReadOnlyList<int> keys, CancellationToken cancellationToken)
    {
        await using var command = db.Command("SELECT bool_and(pg_try_advisory_xact_lock(@scope, k)) FROM unnest(@keys) AS k");
        command.Parameters.AddWithValue("scope", scope);
        command.Parameters.AddWithValue("keys", keys.ToArray());
        return await command.ExecuteScalarAsync(cancellationToken) is true;
    }

    // string.GetHashCode is randomized per process; several API processes must agree on the lock id.
    public static int StableHash(string key) =>
        BitConverter.ToInt32(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
}
