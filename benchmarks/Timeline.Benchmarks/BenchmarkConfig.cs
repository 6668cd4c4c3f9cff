using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;

namespace Timeline.Benchmarks;

/// <summary>
/// Shared by every benchmark class: allocations, the articles-per-second column, and the median and minimum, which
/// on a shared machine say more than the mean (other processes only ever add time).
/// </summary>
public sealed class BenchmarkConfig : ManualConfig
{
    public BenchmarkConfig()
    {
        AddDiagnoser(MemoryDiagnoser.Default);
        AddColumn(StatisticColumn.Median, StatisticColumn.Min, new ArticlesPerSecondColumn());
    }
}
