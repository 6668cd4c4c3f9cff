using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Reporting;
using Timeline.Evaluation.Scoring;
using Timeline.Evaluation.Service;
using Timeline.Extraction;
using Timeline.Extraction.Learning;

namespace Timeline.Training.Learning;

/// <summary>
/// Leave one part out, in process: for each part, train on every other part and score the part with the extraction
/// pipeline alone (no service, so no merging across articles). Quick feedback; scripts/crossval.sh scores the same
/// folds through the service.
/// </summary>
internal static class CrossValidation
{
    public static void Run(string evalRoot, string labelRoot, Trainer trainer, bool inSample, TextWriter output, TextWriter? findings = null)
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
            scopes.Add(Scorer.Score(part, InProcessRun.Run(partFiles, ArticleExtractor.WithModels(models))));
            if (findings is not null)
            {
                findings.WriteLine($"=== {part}");
                Findings.Write(findings, scopes[^1]);
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
