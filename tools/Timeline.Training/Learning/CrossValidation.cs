using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Reporting;
using Timeline.Evaluation.Scoring;
using Timeline.Evaluation.Service;
using Timeline.Extraction;
using Timeline.Extraction.Events.Decisions;
using Timeline.Core.Merging;
using Timeline.Extraction.Learning;

namespace Timeline.Training.Learning;

/// <summary>
/// Leave one part out, in process: for each part, train on every other part and score the part with the extraction
/// pipeline alone (no service, so no merging across articles). Quick feedback; scripts/crossval.sh scores the same
/// folds through the service.
/// </summary>
internal static class CrossValidation
{
    /// <summary>
    /// One line per set of thresholds: the mean scores over the dev parts left out, each fold trained once; merging across
    /// a part's articles is simulated with the fold's learned judge at <paramref name="judgeThreshold"/> (or the rules).
    /// </summary>
    public static void Sweep(string evalRoot, string labelRoot, Trainer trainer, IReadOnlyList<Thresholds> sets, TextWriter output, float? judgeThreshold = 0.5f)
    {
        var examples = ModelTraining.Examples(evalRoot, labelRoot);
        var files = new[] { "dev", "dev-new" }.SelectMany(f => GoldLoader.LoadFolder(Path.Combine(evalRoot, f))).ToList();
        var folds = Parts.All.Where(p => p != "seeds")
            .Select(part => (Part: part, Files: files.Where(f => Parts.Of(f.Name) == part).ToList(),
                Models: ExtractionModels.From(ModelTraining.TrainAll(evalRoot, examples, trainer, new HashSet<string> { part }))))
            .ToList();
        foreach (var thresholds in sets)
        {
            var scopes = folds.Select(f =>
            {
                var extractor = ArticleExtractor.WithModels(f.Models, thresholds);
                var articles = f.Files.Select(file => (file, extractor.Extract(Prefill.ArticleInputs.From(file.Article)).Events)).ToList();
                ISameEventJudge judge = judgeThreshold is { } t ? new LearnedSameEventJudge(f.Models.SameEvent, t) : RuleSameEventJudge.Instance;
                var outcomes = MergeSimulation.Merge(articles, judge);
                var scope = Scorer.Score(f.Part, outcomes);
                foreach (var merge in scope.FalseMergeDetails)
                {
                    output.WriteLine($"   false merge: {string.Join(" + ", merge.Golds.Select(g => $"{g.Key} ({Path.GetFileName(g.File)[..5]})"))}");
                    foreach (var (file, e) in outcomes.SelectMany(o => o.Events.Where(e => e.Id == merge.EventId).Select(e => (o.File.Name, e))))
                    {
                        output.WriteLine($"      {Path.GetFileName(file)[..5]} {e.Type} {e.Date} [{string.Join(", ", e.ParticipantNames)}] {e.Title}");
                    }
                }

                return scope;
            }).ToList();

            output.WriteLine($"{thresholds} judge {judgeThreshold?.ToString() ?? "rules"}: headline {Mean(scopes, s => s.HeadlineRecall):0.000} recall {Mean(scopes, s => s.Recall):0.000} precision {Mean(scopes, s => s.Precision):0.000} date {Mean(scopes, s => s.DateAccuracy):0.000} merge {Mean(scopes, s => s.MergeAccuracy):0.000} false merges {scopes.Sum(s => s.FalseMerges)} worst {scopes.Min(s => s.HeadlineRecall.Value ?? 0):0.00}");
        }
    }

    public static void Run(string evalRoot, string labelRoot, Trainer trainer, bool inSample, Thresholds thresholds, TextWriter output, TextWriter? findings = null)
    {
        var examples = ModelTraining.Examples(evalRoot, labelRoot);
        var files = new[] { "seeds", "dev", "dev-new" }
            .Where(f => Directory.Exists(Path.Combine(evalRoot, f)))
            .SelectMany(f => GoldLoader.LoadFolder(Path.Combine(evalRoot, f)))
            .ToList();
        var everything = inSample ? ExtractionModels.From(ModelTraining.Train(examples, trainer)) : null;
        var scopes = new List<ScopeReport>();
        foreach (var part in Parts.All)
        {
            var partFiles = files.Where(f => Parts.Of(f.Name) == part).ToList();
            if (partFiles.Count == 0)
            {
                continue;
            }

            var models = everything ?? ExtractionModels.From(ModelTraining.Train(examples.Where(e => e.Part != part), trainer));
            scopes.Add(Scorer.Score(part, InProcessRun.Run(partFiles, ArticleExtractor.WithModels(models, thresholds))));
            if (findings is not null)
            {
                findings.WriteLine($"=== {part}");
                new DecisionTrace(models).Write(findings, scopes[^1], labelRoot);
                foreach (var wrong in scopes[^1].WrongDates)
                {
                    findings.WriteLine($"DATE {wrong.File}: {wrong.Gold.Key} gold {wrong.Gold.Date} got {wrong.Event.Date} \"{wrong.Event.Title}\"");
                }

                foreach (var extra in scopes[^1].Extras)
                {
                    findings.WriteLine($"EXTRA {extra.File}: {extra.Event.Type} {extra.Event.Date} [{string.Join(", ", extra.Event.ParticipantNames)}] \"{extra.Event.Title}\"");
                    findings.WriteLine($"      {string.Join(" | ", (extra.Event.Sources ?? []).Select(s => s.Evidence))}");
                }
            }
        }

        ScoreTable.Write(output, scopes);
        var withoutSeeds = scopes.Where(s => s.Scope != "seeds").ToList();
        output.WriteLine(
            $"mean of the {withoutSeeds.Count} dev parts: headline recall {Mean(withoutSeeds, s => s.HeadlineRecall):0.00}, recall {Mean(withoutSeeds, s => s.Recall):0.00}, " +
            $"precision {Mean(withoutSeeds, s => s.Precision):0.00}, date accuracy {Mean(withoutSeeds, s => s.DateAccuracy):0.00}; " +
            $"worst headline recall {withoutSeeds.Min(s => s.HeadlineRecall.Value ?? 0):0.00}" + (inSample ? " (IN SAMPLE: counts for nothing)" : ""));
    }

    private static double Mean(IEnumerable<ScopeReport> scopes, Func<ScopeReport, Ratio> metric) =>
        scopes.Select(metric).Where(r => r.Value is not null).Average(r => r.Value!.Value);
}
