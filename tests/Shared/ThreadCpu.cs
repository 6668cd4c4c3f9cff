using System.Diagnostics;
using System.Runtime.InteropServices;

namespace Timeline.Testing;

/// <summary>
/// Processor time of the calling thread: what a time bound in a test or a benchmark should measure on a shared
/// machine, where wall time also counts the other processes' turns. One file, compiled into the test projects and
/// the benchmarks (linked from their project files).
/// </summary>
internal static class ThreadCpu
{
    public static TimeSpan Now()
    {
        if (!OperatingSystem.IsLinux())
        {
            return Stopwatch.GetElapsedTime(0);
        }

        const int ThreadCpuClock = 3; // CLOCK_THREAD_CPUTIME_ID
        return clock_gettime(ThreadCpuClock, out var time) == 0
            ? TimeSpan.FromSeconds(time.Seconds) + TimeSpan.FromTicks(time.Nanoseconds / 100)
            : throw new InvalidOperationException("clock_gettime failed");
    }

    public static TimeSpan Measure(Action action)
    {
        var start = Now();
        action();
        return Now() - start;
    }

    [DllImport("libc")]
    private static extern int clock_gettime(int clock, out TimeSpec time);

    [StructLayout(LayoutKind.Sequential)]
    private readonly struct TimeSpec
    {
        public readonly long Seconds;
        public readonly long Nanoseconds;
    }
}
