using System.Net.Sockets;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.Extensions.Options;
using Npgsql;

namespace Timeline.Api.Infrastructure.Errors;

/// <summary>
/// A database that is stopped, restarting, frozen or out of connections is a 503 with Retry-After, not a 500:
/// nothing was stored, and the same request will work once PostgreSQL is back. Idle pooled connections are dropped
/// then, so the first requests after a restart do not fail on connections the server has already closed.
/// </summary>
public sealed class DatabaseFaultHandler(IOptionsMonitor<DatabaseOptions> options, ILogger<DatabaseFaultHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        if (!IsUnavailable(exception))
        {
            return false;
        }

        NpgsqlConnection.ClearAllPools();
        logger.LogWarning("The database is unavailable ({Reason}); answering 503", Innermost(exception).Message);
        var retryAfter = options.CurrentValue.RetryAfterSeconds;
        context.Response.Headers.RetryAfter = retryAfter.ToString(System.Globalization.CultureInfo.InvariantCulture);
        await TypedResults.Problem(
            statusCode: StatusCodes.Status503ServiceUnavailable,
            title: "Database unavailable",
            detail: $"The database did not answer; nothing was changed. Retry in {retryAfter} s.").ExecuteAsync(context);
        return true;
    }

    /// <summary>Connection failures, timeouts and the server refusing work for now (shutting down, starting, overloaded).</summary>
    public static bool IsUnavailable(Exception exception) => Chain(exception).Any(e => e switch
    {
        // 08: connection exceptions; 57P01-57P03: the server is shutting down (fast or immediate) or starting, which
        // Npgsql does not count as transient.
        PostgresException postgres => postgres.IsTransient || postgres.SqlState.StartsWith("08", StringComparison.Ordinal)
            || postgres.SqlState is PostgresErrorCodes.AdminShutdown or PostgresErrorCodes.CrashShutdown or PostgresErrorCodes.CannotConnectNow,
        NpgsqlException npgsql => npgsql.IsTransient,
        TimeoutException or SocketException => true,
        _ => false,
    });

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }

    private static Exception Innermost(Exception exception) => Chain(exception).Last();
}
