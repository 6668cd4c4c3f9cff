using System.ComponentModel.DataAnnotations;

namespace Timeline.Api.Infrastructure;

/// <summary>Settings under "Database".</summary>
public sealed class DatabaseOptions
{
    public const string Section = "Database";

    /// <summary>Apply pending EF Core migrations at start-up.</summary>
    public bool MigrateOnStartup { get; set; } = true;

    /// <summary>
    /// Seconds to wait for a new connection (unless the connection string sets Timeout). Npgsql also waits this long,
    /// twice, to cancel a timed-out command, so a frozen database fails a read after ReadTimeoutSeconds plus twice this.
    /// </summary>
    [Range(1, 600)]
    public int ConnectTimeoutSeconds { get; set; } = 2;

    /// <summary>Seconds a command may run in a read (GET, HEAD), so a frozen database gives 503 instead of a hang.</summary>
    [Range(1, 3600)]
    public int ReadTimeoutSeconds { get; set; } = 5;

    /// <summary>Seconds a command may run in a write (unless the connection string sets Command Timeout).</summary>
    [Range(1, 3600)]
    public int WriteTimeoutSeconds { get; set; } = 30;

    /// <summary>Longest time /health/ready waits for the database before it answers 503.</summary>
    [Range(typeof(TimeSpan), "00:00:00.100", "00:01:00")]
    public TimeSpan ReadinessTimeout { get; set; } = TimeSpan.FromSeconds(1.5);

    /// <summary>Seconds sent in Retry-After when the database is unavailable (503).</summary>
    [Range(1, 3600)]
    public int RetryAfterSeconds { get; set; } = 2;
}
