using BenchmarkDotNet.Attributes;
using Timeline.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Text;

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
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();
    private ArticleInput[] _inputs = [];
    private CleanedArticle[] _cleaned = [];
    private IReadOnlyList<Sentence>[] _sentences = [];
    private Document[] _documents = [];
    private DocumentDate[] _documentDates = [];
    private IReadOnlyList<SentenceFacts>[] _facts = [];

    [GlobalSetup]
    public void Setup()
    {
        _inputs = [.. SeedArticles.Inputs];
        _cleaned = [.. _inputs.Select(ArticleCleaner.Clean)];
        _sentences = [.. _cleaned.Select(a => SentenceSplitter.Split(a.Text, a.Captions))];
        _documents = [.. Enumerable.Range(0, Articles).Select(i => Document.Create(_cleaned[i].Text, _sentences[i]))];
        _documentDates = [.. Enumerable.Range(0, Articles).Select(i => DocumentDateInferrer.Infer(_cleaned[i], _sentences[i], []))];
        _facts = [.. _inputs.Select(input => _extractor.Read(input).Sentences)];
        // Load the gazetteer, word lists and place names outside the measurement.
        ActorMentions();
        Places();
        Dates();
        Events();
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

    /// <summary>Tokenizing the sentences once into the document every later stage reads.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Tokenize()
    {
        var count = 0;
        for (var i = 0; i < Articles; i++)
        {
            count += Document.Create(_cleaned[i].Text, _sentences[i]).Tokens.Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int ActorMentions()
    {
        var count = 0;
        for (var i = 0; i < Articles; i++)
        {
            count += _actors.Find(_documents[i], _documentDates[i].Date).Count;
        }

        return count;
    }

    [Benchmark(OperationsPerInvoke = Articles)]
    public int Places()
    {
        var count = 0;
        foreach (var document in _documents)
        {
            count += PlaceFinder.Find(document).Count;
        }

        return count;
    }

    /// <summary>Candidates, the models' decisions, folding, dating and writing, from the sentences the earlier stages annotated.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Events()
    {
        var count = 0;
        for (var i = 0; i < Articles; i++)
        {
            count += _extractor.ExtractEvents(_facts[i], _documentDates[i]).Count;
        }

        return count;
    }

    /// <summary>Finding the temporal expressions and resolving each against the document date in its clause's direction.</summary>
    [Benchmark(OperationsPerInvoke = Articles)]
    public int Dates()
    {
        var count = 0;
        for (var i = 0; i < Articles; i++)
        {
            count += WrittenDates.Resolve(_cleaned[i].Text, _documentDates[i]).Count(d => d.Reading.Date is not null);
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
