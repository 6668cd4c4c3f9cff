using BenchmarkDotNet.Running;
using Timeline.Benchmarks;

// dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- --filter '*' [--job short]
// dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- --stopwatch   (a few seconds, rough numbers)
// dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- --scaling [SHAPE...]   (time per stage, 125 KB to 1 MB)
// dotnet run -c Release --project benchmarks/Timeline.Benchmarks -- --corpus FOLDER...   (articles/s per core on annotated folders)
if (args is ["--stopwatch"])
{
    StopwatchRun.Run();
    return;
}

if (args is ["--corpus", .. var folders] && folders.Length > 0)
{
    CorpusRun.Run(folders);
    return;
}

if (args is ["--scaling", .. var shapes])
{
    ScalingRun.Run(shapes);
    return;
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
