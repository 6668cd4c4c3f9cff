using Timeline.Evaluation.Gold;
using Timeline.Extraction;
using Timeline.Extraction.Learning;
using Timeline.Training.Labels;

namespace Timeline.Training.Learning;

/// <summary>Builds the examples of every labelled article and trains the models of the decisions the extractor leaves to them.</summary>
internal static class ModelTraining
{
    public static readonly IReadOnlyList<string> TypeClasses =
        ["none", "meeting", "call", "talks", "agreement", "statement", "accusation", "tariff", "export_control", "sanction", "appointment", "other"];

    public static readonly IReadOnlyList<string> FactualityClasses = ["reported", "announced", "planned", "negated", "hypothetical", "background"];

    public static readonly IReadOnlyList<string> RoleClasses = ["agent", "counterpart", "target", "other"];

    public static readonly IReadOnlyList<string> DateClasses = ["no", "yes"];

    public static readonly IReadOnlyList<string> SameEventClasses = ["no", "yes"];

    public static ExampleSet Examples(string evalRoot, string labelRoot)
    {
        var extractor = ArticleExtractor.CreateDefault();
        var builder = new ExampleBuilder(extractor);
        var set = new ExampleSet();
        Synthetic.SyntheticExamples.Add(set, extractor);
        foreach (var (_, labels) in LabelStore.ReadAll(labelRoot))
        {
            var path = Path.Combine(evalRoot, labels.File);
            var gold = GoldLoader.Parse(File.ReadAllText(path), Path.GetDirectoryName(path)!, labels.File);
            builder.Add(set, gold, labels);
        }

        return set;
    }

    public static IReadOnlyList<LinearModel> Train(ExampleSet examples, Trainer trainer) =>
    [
        trainer.Train("type", TypeClasses, examples.Types),
        trainer.Train("factuality", FactualityClasses, examples.Factualities),
        trainer.Train("role", RoleClasses, examples.Roles),
        trainer.Train("date", DateClasses, examples.Dates),
    ];

    /// <summary>
    /// Every model, the same-event model last: it learns from the events the extraction models just trained find in the
    /// annotated articles (of every part but those left out).
    /// </summary>
    public static IReadOnlyList<LinearModel> TrainAll(string evalRoot, ExampleSet examples, Trainer trainer, IReadOnlySet<string> without)
    {
        var extraction = Train(examples.Where(e => !without.Contains(e.Part)), trainer);
        var files = new[] { "seeds", "dev", "dev-new" }
            .Where(f => Directory.Exists(Path.Combine(evalRoot, f)))
            .SelectMany(f => GoldLoader.LoadFolder(Path.Combine(evalRoot, f)))
            .Where(f => !without.Contains(Parts.Of(f.Name)))
            .ToList();
        var pairs = SameEventExamples.Build(files, ArticleExtractor.WithModels(ExtractionModels.From(extraction)));
        return [.. extraction, trainer.Train("same-event", SameEventClasses, pairs)];
    }

    public static void Write(IReadOnlyList<LinearModel> models, string directory)
    {
        Directory.CreateDirectory(directory);
        foreach (var model in models)
        {
            using var writer = new StreamWriter(Path.Combine(directory, model.Name + ".json"));
            model.Write(writer);
        }
    }
}
