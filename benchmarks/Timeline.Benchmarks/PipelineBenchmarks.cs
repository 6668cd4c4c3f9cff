using BenchmarkDotNet.Attributes;
using Timeline.Extraction;
using Timeline.Extraction.Model;

namespace Timeline.Benchmarks;

/// <summary>The whole pipeline, text in and events out, over the five seed articles; Mean is the time per article.</summary>
[Config(typeof(BenchmarkConfig))]
public class PipelineBenchmarks
{
    private const int Articles = 5;
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();
    private IReadOnlyList<ArticleInput> _inputs = [];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = SeedArticles.Inputs;
        // The gazetteer, trigger lexicon and word lists load lazily; load them outside the measurement.
        Extract();
    }

    [Benchmark(OperationsPerInvoke = Articles, Description = "Extract (whole pipeline)")]
    public int Extract()
    {
        var events = 0;
        foreach (var input in _inputs)
        {
            events += _extractor.Extract(input).Events.Count;
        }

        return events;
    }
}
