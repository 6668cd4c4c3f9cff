using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Timeline.Extraction;
using Timeline.Extraction.Model;
using Timeline.Testing;

namespace Timeline.Benchmarks;

/// <summary>
/// Extraction speed on folders of annotated articles read at run time (../shared/eval/seeds, ../shared/eval/dev: they
/// are not part of the repository): processor time of this thread per article, over repeated passes after a warm-up,
/// as the median of several rounds. One thread, so articles/s is per core.
/// </summary>
public static class CorpusRun
{
    private const int Rounds = 7;

    public static void Run(IReadOnlyList<string> folders)
    {
        using (var process = Process.GetCurrentProcess())
        {
            process.PriorityClass = ProcessPriorityClass.High;
        }

        var extractor = ArticleExtractor.CreateDefault();
        foreach (var folder in folders)
        {
            var articles = Load(folder);
            var perArticle = Measure(extractor, articles);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{folder,-28} {articles.Count,4} articles  median {perArticle.Median,8:N1} µs/article ({1e6 / perArticle.Median,7:N0} articles/s per core)  rounds {perArticle.Min:N1}-{perArticle.Max:N1} µs"));
        }
    }

    private static List<ArticleInput> Load(string folder)
    {
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        if (files.Count == 0)
        {
            throw new ArgumentException($"no annotated articles (*.json) in {folder}");
        }

        return files.Select(file =>
        {
            using var document = JsonDocument.Parse(File.ReadAllText(file));
            var article = document.RootElement.GetProperty("article");
            return new ArticleInput(
                Text(article, "text"), null, Text(article, "url"), Text(article, "title"), Text(article, "publisher"),
                Text(article, "publishedAt") is { Length: >= 10 } day ? DateOnly.Parse(day[..10], CultureInfo.InvariantCulture) : null,
                Text(article, "language"));
        }).ToList();
    }

    private static string? Text(JsonElement article, string name) =>
        article.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static (double Median, double Min, double Max) Measure(ArticleExtractor extractor, List<ArticleInput> articles)
    {
        // Long enough for the tiered JIT to recompile the hot methods with full optimization.
        var warmUp = Stopwatch.StartNew();
        while (warmUp.ElapsedMilliseconds < 3000)
        {
            articles.ForEach(a => extractor.Extract(a));
        }

        var rounds = new List<double>();
        for (var round = 0; round < Rounds; round++)
        {
            var extracted = 0;
            var before = ThreadCpu.Now();
            var watch = Stopwatch.StartNew();
            while (watch.ElapsedMilliseconds < 1000)
            {
                articles.ForEach(a => extractor.Extract(a));
                extracted += articles.Count;
            }

            rounds.Add((ThreadCpu.Now() - before).TotalMicroseconds / extracted);
        }

        rounds.Sort();
        return (rounds[rounds.Count / 2], rounds[0], rounds[^1]);
    }
}
