using Timeline.Evaluation.Gold;
using Timeline.Extraction;
using Timeline.Training.Prefill;

namespace Timeline.Training.Review;

/// <summary>Events drawn at random (a fixed seed) from a folder's articles: each title beside its first evidence sentence.</summary>
internal static class TitleSample
{
    public static void Write(string folder, int count, int seed, TextWriter output)
    {
        var extractor = ArticleExtractor.CreateDefault();
        var events = GoldLoader.LoadFolder(folder)
            .SelectMany(gold => extractor.Extract(ArticleInputs.From(gold.Article)).Events.Select(e => (File: Path.GetFileName(gold.Name), Event: e)))
            .ToList();
        var random = new Random(seed);
        output.WriteLine("| # | file | type | title | evidence |");
        output.WriteLine("|---|---|---|---|---|");
        foreach (var (pick, n) in events.OrderBy(_ => random.Next()).Take(count).Select((e, n) => (e, n + 1)))
        {
            var evidence = pick.Event.Evidence[0].Text.Replace('|', '/').Replace('\n', ' ');
            output.WriteLine($"| {n} | {pick.File[..5]} | {pick.Event.Type} | {pick.Event.Title.Replace('|', '/')} | {(evidence.Length > 220 ? evidence[..220] + "…" : evidence)} |");
        }
    }
}
