using System.Diagnostics;
using System.Text;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>
/// The Node tools pinned in clients/typescript (Redocly, Spectral, openapi-typescript, tsc, TimelineJS), installed
/// by scripts/test.sh (npm ci). Each call runs one command there and returns its exit code and output.
/// </summary>
public static class NodeTools
{
    public static string Folder { get; } = Path.Combine(RepositoryRoot.Path, "clients", "typescript");

    public static void EnsureInstalled()
    {
        if (!File.Exists(Path.Combine(Folder, "node_modules", ".package-lock.json")))
        {
            throw new InvalidOperationException(
                "The Node tools are not installed: run scripts/test.sh (it installs them), or `npm ci --prefix clients/typescript`.");
        }
    }

    public static async Task<(int ExitCode, string Output)> RunAsync(string program, params string[] arguments)
    {
        EnsureInstalled();
        var start = new ProcessStartInfo(program)
        {
            WorkingDirectory = Folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.Environment["NO_COLOR"] = "1";
        start.Environment["REDOCLY_TELEMETRY"] = "off";
        start.Environment["REDOCLY_SUPPRESS_UPDATE_NOTICE"] = "true";
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"Could not start {program}.");
        var output = new StringBuilder();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{program} {string.Join(' ', arguments)} ran longer than 3 minutes.");
        }

        output.Append(await stdout).Append(await stderr);
        return (process.ExitCode, output.ToString());
    }

    /// <summary>A tool from node_modules/.bin.</summary>
    public static Task<(int ExitCode, string Output)> ToolAsync(string tool, params string[] arguments) =>
        RunAsync(Path.Combine(Folder, "node_modules", ".bin", tool), arguments);
}
