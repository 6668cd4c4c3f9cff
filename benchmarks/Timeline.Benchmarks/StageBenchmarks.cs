using BenchmarkDotNet.Attributes;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;
using Timeline.Extraction.Sentences;

namespace Timeline.Benchmarks;

/// <summary>
/// One pipeline stage at a time over the five seed articles, each fed the previous stages' output (prepared once,
/// outside the measurement); Mean is the time per article.
/// </summary>
[Config(typeof(BenchmarkConfig))]
public class StageBenchmarks
{
    private const int Articles = 5;
    private readonly ActorMentionFinder _actors = new(Gazetteer.Default);
    private ArticleInput[] _inputs = [];
    private CleanedArticle[] _cleaned = [];
    private IReadOnlyList<Sentence>[] _sentences = [];
    private TextSpan[][] _spans = [];
    private DocumentDate[] _documentDates = [];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = [.. SeedArticles.Inputs];
        _cleaned = [.. _inputs.Select(ArticleCleaner.Clean)];
        _sentences = [.. _cleaned.Select(a => SentenceSplitter.Split(a.Text, a.Captions))];
        _spans = [.. _sentences.Select(s => s.Select(x => new TextSpan(x.Start, x.End)).ToArray())];
        _documentDates = [.. Enumerable.Range(0, Articles).Select(i => DocumentDateInferrer.Infer(_cleaned[i], _sentences[i], []))];
        // Load the gazetteer, word lists and place names outside the measurement.
        ActorMentions();
        Places();
        Dates();
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Clean()
    {
        var length = 0;
        foreach (var input in _inputs)
        {
            length += ArticleCleaner.Clean(input).Text.Length;
        }

        return length;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Split()
    {
        var count = 0;
        foreach (var article in _cleaned)
        {
            count += SentenceSplitter.Split(article.Text, article.Captions).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int ActorMentions()
    {
        var count = 0;
        for (var i = 0; i < Articles; i++)
        {
            count += _actors.Find(_cleaned[i].Text, _spans[i], _documentDates[i].Date).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Places()
    {
        var count = 0;
        foreach (var article in _cleaned)
        {
            count += PlaceFinder.Find(article.Text).Count;
        }

        return count;
    }

    /// <summary>Finding the temporal expressions and resolving each against the document date.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Dates()
    {
        var count = 0;
        for (var i = 0; i < Articles; i++)
        {
            foreach (var expression in TemporalExpressionFinder.Find(_cleaned[i].Text))
            {
                if (DateResolver.Resolve(expression, _documentDates[i]) is not null)
                {
                    count++;
                }
            }
        }

        return count;
    }

    /// <summary>Dateline, latest mentioned date and reference events, when the article carries no publication date.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int DocumentDate()
    {
        var known = 0;
        for (var i = 0; i < Articles; i++)
        {
            if (DocumentDateInferrer.Infer(_cleaned[i], _sentences[i], []).Date is not null)
            {
                known++;
            }
        }

        return known;
    }
}
