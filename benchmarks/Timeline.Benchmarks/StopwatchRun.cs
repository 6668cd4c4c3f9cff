using System.Diagnostics;
using System.Globalization;

namespace Timeline.Benchmarks;

/// <summary>
/// A few-second sanity check without BenchmarkDotNet (no warm-up statistics, no separate process): runs each
/// benchmark for about a second on this thread and prints the processor time per article. Use BenchmarkDotNet for numbers you publish.
/// </summary>
public static class StopwatchRun
{
    public static void Run()
    {
        // As BenchmarkDotNet does: on a shared machine a normal-priority process measures the other processes too.
        using (var process = Process.GetCurrentProcess())
        {
            process.PriorityClass = ProcessPriorityClass.High;
        }

        var pipeline = new PipelineBenchmarks();
        pipeline.Setup();
        var stages = new StageBenchmarks();
        stages.Setup();
        Measure("Extract (whole pipeline)", () => pipeline.Extract());
        Measure("Clean", () => stages.Clean());
        Measure("Split", () => stages.Split());
        Measure("ActorMentions", () => stages.ActorMentions());
        Measure("Places", () => stages.Places());
        Measure("Dates", () => stages.Dates());
        Measure("DocumentDate", () => stages.DocumentDate());
    }

    private static void Measure(string name, Func<int> benchmark)
    {
        const int articlesPerCall = 5;
        // Long enough for the tiered JIT to recompile the hot methods with full optimization.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 2000)
        {
            benchmark();
        }

        // Processor time of this process rather than wall time: on a shared machine other processes take turns on the cores.
        using var process = Process.GetCurrentProcess();
        var calls = 0;
        var cpuBefore = process.TotalProcessorTime;
        var watch = Stopwatch.StartNew();
        while (watch.ElapsedMilliseconds < 1000)
        {
            benchmark();
            calls++;
        }

        process.Refresh();
        var microseconds = (process.TotalProcessorTime - cpuBefore).TotalMicroseconds / (calls * articlesPerCall);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{name,-26} {microseconds,10:N1} µs/article {1e6 / microseconds,12:N0} articles/s"));
    }
}
