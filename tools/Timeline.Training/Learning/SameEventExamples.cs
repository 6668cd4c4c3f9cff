using Timeline.Core.Claims;
using Timeline.Core.Merging;
using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Extraction;
using Timeline.Extraction.Model;
using Timeline.Training.Prefill;

namespace Timeline.Training.Learning;

/// <summary>
/// Pairs of reports for the same-event model: the extractor (with the models just trained) reads every annotated
/// article; each event it finds that the scorer matches to a gold event carries that event's key; every two such
/// events of different articles that the merger would compare (same family, dates within reach) are one example, "yes"
/// when their keys agree. Events matched to no gold event are left out: nobody knows which event they are.
/// </summary>
internal static class SameEventExamples
{
    public static List<Example> Build(IReadOnlyList<GoldFile> files, ArticleExtractor extractor)
    {
        var keyed = new List<(Claim Claim, string Key, string Part, string File)>();
        foreach (var (gold, index) in files.Select((f, i) => (f, i)))
        {
            var extracted = extractor.Extract(ArticleInputs.From(gold.Article)).Events;
            var outcome = Timeline.Evaluation.Service.InProcessRun.Outcome(gold, index, extracted);
            var matching = FileMatching.Create(outcome);
            for (var g = 0; g < matching.Golds.Count; g++)
            {
                if (matching.GoldToEvent[g] is >= 0 and var s)
                {
                    var claim = extracted[s].ToClaim(gold.Article.Publisher);
                    keyed.Add((claim, matching.Golds[g].Key, Parts.Of(gold.Name), gold.Name));
                }
            }
        }

        var examples = new List<Example>();
        for (var i = 0; i < keyed.Count; i++)
        {
            for (var j = i + 1; j < keyed.Count; j++)
            {
                var (a, b) = (keyed[i], keyed[j]);
                if (a.File != b.File && SameEventFamily.AreCandidates(a.Claim, b.Claim))
                {
                    // A pair belongs to a part when either report does: a model trained without that part never sees it.
                    var part = a.Part == b.Part ? a.Part : a.Part + "+" + b.Part;
                    examples.Add(new Example(SameEventFeatures.Of(a.Claim, b.Claim), a.Key == b.Key ? "yes" : "no", part, a.File + "|" + b.File));
                }
            }
        }

        return examples;
    }
}
