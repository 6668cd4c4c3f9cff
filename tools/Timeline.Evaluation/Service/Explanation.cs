using System.Globalization;
using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Extraction.Model;

namespace Timeline.Evaluation.Service;

/// <summary>
/// Prints what the pipeline extracted from each article next to its gold events: the document date and the rule that
/// set it, then every event with its evidence. For reading failures while working on extraction (--in-process --explain).
/// </summary>
public static class Explanation
{
    public static void Write(TextWriter output, IReadOnlyList<GoldFile> files, IArticleExtractor extractor)
    {
        foreach (var file in files)
        {
            var article = file.Article;
            var published = article.PublishedAt is { Length: >= 10 } p && DateOnly.TryParse(p[..10], out var day) ? day : (DateOnly?)null;
            var result = extractor.Extract(new ArticleInput(article.Text, null, article.Url, article.Title, article.Publisher, published, article.Language));
            output.WriteLine($"=== {file.Name}  document date {result.DocumentDate.Date?.ToString() ?? "none"} ({result.DocumentDate.Rule})");
            var systemEvents = result.Events.Select((e, n) => InProcessRun.ToSystemEvent(e, n.ToString(CultureInfo.InvariantCulture))).ToList();
            var matching = FileMatching.Create(new FileOutcome(file, null, systemEvents));
            for (var g = 0; g < file.ExpectedEvents.Count; g++)
            {
                var gold = file.ExpectedEvents[g];
                var found = matching.GoldToEvent[g] >= 0 ? "found" : "MISSED";
                output.WriteLine($"  gold   {(gold.Required ? "*" : " ")} {found,-6} {gold.Date,-10} {gold.Type,-22} [{string.Join(", ", gold.Participants)}]");
            }

            for (var s = 0; s < result.Events.Count; s++)
            {
                var e = result.Events[s];
                var verdict = matching.IsAssigned(s) ? "match " : file.Exhaustive ? "EXTRA " : "      ";
                output.WriteLine($"  system   {verdict} {e.Date,-10} {e.Type,-22} [{string.Join(", ", e.Participants.Select(x => x.Actor.Name))}] \"{e.Title}\"");
                foreach (var evidence in e.Evidence)
                {
                    var text = evidence.Text.Length > 160 ? evidence.Text[..160] + "…" : evidence.Text;
                    output.WriteLine($"             | {text}");
                }
            }
        }
    }
}
