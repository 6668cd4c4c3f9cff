using System.Text;
using BenchmarkDotNet.Attributes;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Diagnosers;
using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;

namespace Timeline.Benchmarks;

/// <summary>
/// Inputs built to make a backtracking regex blow up: near-misses of every date pattern and of the caption-credit
/// pattern, repeated without line breaks. Linear patterns take ten times as long for ten times the text; a
/// catastrophic one would not finish. Mean is per call (one whole text), not per article.
/// </summary>
[Config(typeof(PerCallConfig))]
public class AdversarialInputBenchmarks
{
    // Each piece almost matches some pattern and then fails at its last character.
    private static readonly string[] NearMisses =
    [
        "Januaryy 2x ", "12 Mayo of 19 ", "2025-13-4 ", "31.12.19 ", "last Thursdays' ", "earlier this weeks ",
        "(xinhua agency reporter/photo credit line ", "in Decembre ", "a couple of dayz ago ", "on the 33rd ",
        "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa ", "   ", "1 2 3 4 5 6 7 8 9 0 ", "Mondayday yesterdays ",
    ];

    private string _text = string.Empty;

    [Params(10_000, 100_000)]
    public int Characters { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var text = new StringBuilder(Characters + 64);
        for (var i = 0; text.Length < Characters; i++)
        {
            text.Append(NearMisses[i % NearMisses.Length]);
        }

        _text = text.ToString(0, Characters);
    }

    [Benchmark]
    public int FindDates() => TemporalExpressionFinder.Find(_text).Count;

    [Benchmark]
    public int Clean() => ArticleCleaner.Clean(new ArticleInput(_text, null)).Text.Length;

    /// <summary>Like <see cref="BenchmarkConfig"/> without the articles-per-second column: these are not articles.</summary>
    private sealed class PerCallConfig : ManualConfig
    {
        public PerCallConfig()
        {
            AddDiagnoser(MemoryDiagnoser.Default);
            AddColumn(StatisticColumn.Median, StatisticColumn.Min);
        }
    }
}
