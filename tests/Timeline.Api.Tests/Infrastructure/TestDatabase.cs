using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
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
        var bin = FindPostgresBin();
        var root = Directory.CreateTempSubdirectory("timeline-tests-").FullName;
        var data = Path.Combine(root, "data");
        var asRoot = Environment.UserName == "root";
        if (asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", root]);
        }

        var port = FreePort();
        await RunPostgresAsync(asRoot, Path.Combine(bin, "initdb"), ["-D", data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        await RunPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"),
            ["-D", data, "-l", Path.Combine(root, "log"), "-w", "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off", "start"]);

        var connection = $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";
        return new TestDatabase(connection, async () =>
        {
            await RunPostgresAsync(asRoot, Path.Combine(bin, "pg_ctl"), ["-D", data, "-m", "fast", "-w", "stop"]);
            Directory.Delete(root, recursive: true);
        });
    }

    private static string FindPostgresBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(MajorVersion)
                .FirstOrDefault() ?? throw new InvalidOperationException("No PostgreSQL binaries under /usr/lib/postgresql.")
            : throw new InvalidOperationException("No Docker engine, no TIMELINE_TEST_CONNECTION and no PostgreSQL binaries.");

    /// <summary>"/usr/lib/postgresql/15/bin" is version 15; as numbers, so 15 sorts above 9.6.</summary>
    private static decimal MajorVersion(string bin) =>
        decimal.TryParse(Path.GetFileName(Path.GetDirectoryName(bin)), NumberStyles.Number, CultureInfo.InvariantCulture, out var version) ? version : -1;

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    // initdb and postgres refuse to run as root.
    private static Task RunPostgresAsync(bool asRoot, string program, string[] arguments) =>
        asRoot ? RunAsync("runuser", ["-u", "postgres", "--", program, .. arguments]) : RunAsync(program, arguments);

    private static async Task RunAsync(string program, string[] arguments)
    {
        var start = new ProcessStartInfo(program) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{program} {string.Join(' ', arguments)} failed: {await output}{await error}");
        }
    }
}
