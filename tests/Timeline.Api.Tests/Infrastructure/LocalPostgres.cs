using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Runtime.InteropServices;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>
/// A throwaway PostgreSQL cluster started from the local binaries, in a temporary folder, on a free loopback port.
/// Fault tests stop, restart, freeze (SIGSTOP) and thaw it.
/// </summary>
public sealed class LocalPostgres : IAsyncDisposable
{
    private const int SigStop = 19;
    private const int SigCont = 18;

    private readonly string bin;
    private readonly string root;
    private readonly bool asRoot = Environment.UserName == "root";
    private readonly int port;

    private LocalPostgres(string bin, string root, int port)
    {
        this.bin = bin;
        this.root = root;
        this.port = port;
    }

    public string ConnectionString => $"Host=127.0.0.1;Port={port};Username=postgres;Database=postgres;Include Error Detail=true";

    private string Data => Path.Combine(root, "data");

    /// <summary>The folder of initdb and pg_ctl, or null when the PostgreSQL server is not installed.</summary>
    public static string? FindBin() =>
        Directory.Exists("/usr/lib/postgresql")
            ? Directory.GetDirectories("/usr/lib/postgresql")
                .Select(d => Path.Combine(d, "bin"))
                .Where(d => File.Exists(Path.Combine(d, "initdb")))
                .OrderByDescending(MajorVersion)
                .FirstOrDefault()
            : null;

    public static async Task<LocalPostgres> StartAsync()
    {
        var bin = FindBin() ?? throw new InvalidOperationException("No PostgreSQL binaries under /usr/lib/postgresql.");
        var cluster = new LocalPostgres(bin, Directory.CreateTempSubdirectory("timeline-tests-").FullName, FreePort());
        if (cluster.asRoot)
        {
            await RunAsync("chown", ["postgres:postgres", cluster.root]);
        }

        await cluster.RunPostgresAsync("initdb", ["-D", cluster.Data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"]);
        await cluster.StartServerAsync();
        return cluster;
    }

    public Task StartServerAsync() => RunPostgresAsync("pg_ctl",
        ["-D", Data, "-l", Path.Combine(root, "log"), "-w", "-o", $"-p {port} -c listen_addresses=127.0.0.1 -k {root} -c fsync=off", "start"]);

    /// <summary>Stops the server; "immediate" is a crash (no checkpoint, recovery on the next start).</summary>
    public Task StopServerAsync(string mode = "immediate") => RunPostgresAsync("pg_ctl", ["-D", Data, "-m", mode, "-w", "stop"]);

    /// <summary>SIGSTOP to the server and all its processes: it accepts connections but answers nothing.</summary>
    public void Freeze() => Signal(SigStop);

    public void Thaw() => Signal(SigCont);

    public async ValueTask DisposeAsync()
    {
        Thaw();
        try
        {
            await StopServerAsync("fast");
        }
        catch (InvalidOperationException)
        {
            // Already stopped by a test.
        }

        Directory.Delete(root, recursive: true);
    }

    private void Signal(int signal)
    {
        var pidFile = Path.Combine(Data, "postmaster.pid");
        if (!File.Exists(pidFile) || !int.TryParse(File.ReadLines(pidFile).First(), out var postmaster))
        {
            return;
        }

        foreach (var pid in Children(postmaster).Prepend(postmaster))
        {
            _ = kill(pid, signal);
        }
    }

    /// <summary>The server's backend and auxiliary processes: those whose parent is the postmaster.</summary>
    private static IEnumerable<int> Children(int parent) =>
        Directory.GetDirectories("/proc")
            .Select(Path.GetFileName)
            .Where(name => int.TryParse(name, out _))
            .Select(name => (Pid: int.Parse(name!, CultureInfo.InvariantCulture), Stat: TryRead($"/proc/{name}/stat")))
            // stat: "pid (comm) state ppid ...": the comm may hold spaces, so read after its closing parenthesis.
            .Where(p => p.Stat is { } stat && stat[(stat.LastIndexOf(')') + 2)..].Split(' ')[1] == parent.ToString(CultureInfo.InvariantCulture))
            .Select(p => p.Pid)
            .ToList();

    private static string? TryRead(string path)
    {
        try
        {
            return File.ReadAllText(path);
        }
        catch (IOException)
        {
            return null;
        }
        catch (UnauthorizedAccessException)
        {
            return null;
        }
    }

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
    private Task RunPostgresAsync(string program, string[] arguments)
    {
        var path = Path.Combine(bin, program);
        return asRoot ? RunAsync("runuser", ["-u", "postgres", "--", path, .. arguments]) : RunAsync(path, arguments);
    }

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

    [DllImport("libc", SetLastError = true)]
    private static extern int kill(int pid, int signal);
}
