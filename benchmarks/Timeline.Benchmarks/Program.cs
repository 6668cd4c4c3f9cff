using BenchmarkDotNet.Running;
using Timeline.Benchmarks;

// dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- --stopwatch   (a few seconds, rough numbers)
if (args is ["--stopwatch"])
{
    StopwatchRun.Run();
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
