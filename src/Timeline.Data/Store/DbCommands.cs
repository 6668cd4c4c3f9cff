using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Npgsql;

namespace Timeline.Data.Store;

/// <summary>Hand-written SQL on the context's connection, inside its current transaction, with its command timeout.</summary>
public static class DbCommands
{
    public static NpgsqlCommand Command(this TimelineDbContext db, string sql)
    {
        var command = new NpgsqlCommand(sql, (NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            command.CommandTimeout = timeout;
        }

        return command;
    }

    public static NpgsqlBatch Batch(this TimelineDbContext db)
    {
        var batch = new NpgsqlBatch((NpgsqlConnection)db.Database.GetDbConnection())
        {
            Transaction = (NpgsqlTransaction?)db.Database.CurrentTransaction?.GetDbTransaction(),
        };
        if (db.Database.GetCommandTimeout() is { } timeout)
        {
            batch.Timeout = timeout;
        }

        return batch;
    }

    /// <summary>Opens the connection when no transaction holds it open already (reads outside a transaction).</summary>
    public static async Task OpenAsync(this TimelineDbContext db, CancellationToken cancellationToken)
    {
        if (db.Database.GetDbConnection().State != System.Data.ConnectionState.Open)
        {
            await db.Database.OpenConnectionAsync(cancellationToken);
        }
    }
}
