using Testcontainers.PostgreSql;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>
/// A real PostgreSQL for the test run: a Testcontainers container when a Docker engine answers, else the
/// server in TIMELINE_TEST_CONNECTION, else a throwaway cluster started from the local PostgreSQL binaries.
/// </summary>
public sealed class TestDatabase : IAsyncDisposable
{
    private readonly Func<Task> stop;

    private TestDatabase(string connectionString, Func<Task> stop)
    {
        ConnectionString = connectionString;
        this.stop = stop;
    }

    public string ConnectionString { get; }

    public static async Task<TestDatabase> StartAsync()
    {
        if (await TryDockerAsync() is { } container)
        {
            return container;
        }

        if (Environment.GetEnvironmentVariable("TIMELINE_TEST_CONNECTION") is { Length: > 0 } given)
        {
            return new TestDatabase(given, () => Task.CompletedTask);
        }

        return await StartLocalClusterAsync();
    }

    public ValueTask DisposeAsync() => new(stop());

    private static async Task<TestDatabase?> TryDockerAsync()
    {
        var socket = Environment.GetEnvironmentVariable("DOCKER_HOST") is { Length: > 0 } || File.Exists("/var/run/docker.sock");
        if (!socket)
        {
            return null;
        }

        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(90));
            var container = new PostgreSqlBuilder("postgres:15-alpine").Build();
            await container.StartAsync(timeout.Token);
            return new TestDatabase(container.GetConnectionString(), () => container.DisposeAsync().AsTask());
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return null;
        }
    }

    private static async Task<TestDatabase> StartLocalClusterAsync()
    {
        if (LocalPostgres.FindBin() is null)
        {
            throw new InvalidOperationException("No Docker engine, no TIMELINE_TEST_CONNECTION and no PostgreSQL binaries under /usr/lib/postgresql.");
        }

        var cluster = await LocalPostgres.StartAsync();
        return new TestDatabase(cluster.ConnectionString, () => cluster.DisposeAsync().AsTask());
    }
}
