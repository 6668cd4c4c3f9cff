using Npgsql;

namespace Timeline.Data.Store;

/// <summary>
/// Runs <see cref="Statement"/> on a fresh connection (not one from the pool, which could be stale), with connect and
/// command timeouts of the given timeout rounded up to whole seconds. The readiness check owns one.
/// </summary>
public sealed class DatabaseProbe : IDisposable
{
    public const string Statement = "SELECT 1";

    private readonly NpgsqlDataSource dataSource;

    public DatabaseProbe(string connectionString, TimeSpan timeout)
    {
        var seconds = (int)Math.Ceiling(timeout.TotalSeconds);
        var builder = new NpgsqlConnectionStringBuilder(connectionString)
        {
            Pooling = false,
            Timeout = seconds,
            CommandTimeout = seconds,
            // A frozen server never confirms a cancellation; do not wait for it to.
            CancellationTimeout = -1,
        };
        dataSource = NpgsqlDataSource.Create(builder.ConnectionString);
    }

    public async Task PingAsync(CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(Statement);
        await command.ExecuteScalarAsync(cancellationToken);
    }

    public void Dispose() => dataSource.Dispose();
}
