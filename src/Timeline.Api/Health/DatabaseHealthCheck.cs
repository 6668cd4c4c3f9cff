using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Options;
using Npgsql;
using Timeline.Api.Infrastructure;

namespace Timeline.Api.Health;

/// <summary>
/// Readiness: a <see cref="DatabaseProbe"/> (a fresh connection, not one from the pool, which could be stale) runs
/// SELECT 1, and the whole check gives up after Database:ReadinessTimeout, so /health/ready answers quickly even when
/// PostgreSQL is frozen.
/// </summary>
public sealed class DatabaseHealthCheck(DatabaseConnection connection, IOptions<DatabaseOptions> options) : IHealthCheck, IDisposable
{
    private readonly Lazy<DatabaseProbe> _probe = new(() => new DatabaseProbe(connection.String, options.Value.ReadinessTimeout));

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        var timeout = options.Value.ReadinessTimeout;
        using var deadline = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        deadline.CancelAfter(timeout);
        try
        {
            await _probe.Value.PingAsync(deadline.Token).WaitAsync(timeout, cancellationToken);
            return HealthCheckResult.Healthy();
        }
        catch (Exception exception) when (exception is NpgsqlException or TimeoutException or OperationCanceledException && !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy($"PostgreSQL did not answer within {timeout.TotalSeconds:0.#} s: {exception.Message}");
        }
    }

    public void Dispose()
    {
        if (_probe.IsValueCreated)
        {
            _probe.Value.Dispose();
        }
    }
}
