using System.Globalization;

namespace Timeline.Bench;

/// <summary>Processor time and resident memory of another process, read from /proc (Linux).</summary>
public sealed record ProcessStats(TimeSpan Cpu, long RssBytes)
{
    public static ProcessStats? Read(int? pid)
    {
        if (pid is not { } id || !File.Exists($"/proc/{id}/stat"))
        {
            return null;
        }

        // Fields after the command name (which may hold spaces) start at state; utime and stime are the 12th and 13th.
        var stat = File.ReadAllText($"/proc/{id}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        var ticks = long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture);
        var rssLine = File.ReadLines($"/proc/{id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        var rssKb = long.Parse(rssLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture);
        const double clockTicksPerSecond = 100;
        return new ProcessStats(TimeSpan.FromSeconds(ticks / clockTicksPerSecond), rssKb * 1024);
    }
}
