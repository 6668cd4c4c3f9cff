using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Timeline.Benchmarks;

/// <summary>Shared by every benchmark class: allocations and the articles-per-second column.</summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(new ArticlesPerSecondColumn());
    }
}
