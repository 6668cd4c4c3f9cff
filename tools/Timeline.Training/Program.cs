using Timeline.Evaluation.Gold;
using Timeline.Training.Labels;
using Timeline.Training.Learning;
using Timeline.Training.Prefill;
using Timeline.Training.Review;

namespace Timeline.Training;

/// <summary>
/// Labels and trains the extraction models.
///   prefill EVAL_ROOT LABEL_ROOT FOLDER...   first guesses for every candidate (keeps labels already there)
///   sheet EVAL_ROOT LABEL_ROOT FILE...       prints articles with their candidates and labels, for review
///   check EVAL_ROOT LABEL_ROOT FILE...       checks label files for unknown values and offsets
///   train EVAL_ROOT LABEL_ROOT [OUT] [--without PART...]   trains the models (default OUT: src/Timeline.Extraction/Data/models)
///   assess EVAL_ROOT LABEL_ROOT              each decision's accuracy on every part left out
///   crossval EVAL_ROOT LABEL_ROOT [--in-sample]   extraction scores per part left out, in process
/// </summary>
public static class Program
{
    public static int Main(string[] args)
    {
        if (args is ["dates", var text])
        {
            foreach (var expression in Timeline.Extraction.Dates.TemporalExpressionFinder.Find(text))
            {
                Console.WriteLine($"{expression.Start}-{expression.End} '{expression.Text}' {expression.Kind}");
            }

            return 0;
        }

        if (args is ["explain", var article, var published])
        {
            Review.TextExplanation.Write(article, published == "-" ? null : DateOnly.Parse(published, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
            return 0;
        }

        if (args is ["titles", var titleFolder, var count, var seed])
        {
            Review.TitleSample.Write(titleFolder, int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), int.Parse(seed, System.Globalization.CultureInfo.InvariantCulture), Console.Out);
            return 0;
        }

        if (args.Length < 3)
        {
            Console.Error.WriteLine("usage: Timeline.Training prefill|sheet EVAL_ROOT LABEL_ROOT FOLDER|FILE...");
            return 2;
        }

        var (command, evalRoot, labelRoot) = (args[0], args[1], args[2]);
        var targets = args[3..];
        switch (command)
        {
            case "prefill":
                var prefiller = new Prefiller();
                foreach (var folder in targets)
                {
                    foreach (var gold in GoldLoader.LoadFolder(Path.Combine(evalRoot, folder)))
                    {
                        var path = LabelStore.PathOf(labelRoot, gold.Name);
                        LabelStore.Write(path, prefiller.Prefill(gold, gold.Name, LabelStore.TryRead(path)));
                    }
                }

                return 0;
            case "sheet":
                var sheet = new ReviewSheet();
                foreach (var name in targets)
                {
                    var labels = LabelStore.TryRead(LabelStore.PathOf(labelRoot, name)) ?? throw new FileNotFoundException($"no labels for {name}");
                    var folder = Path.GetDirectoryName(name)!;
                    var gold = GoldLoader.Parse(File.ReadAllText(Path.Combine(evalRoot, name)), Path.Combine(evalRoot, folder), name);
                    Console.WriteLine(sheet.Render(gold, labels));
                }

                return 0;
            case "check":
                var problems = 0;
                foreach (var name in targets)
                {
                    var labels = LabelStore.TryRead(LabelStore.PathOf(labelRoot, name)) ?? throw new FileNotFoundException($"no labels for {name}");
                    var gold = GoldLoader.Parse(File.ReadAllText(Path.Combine(evalRoot, name)), Path.Combine(evalRoot, Path.GetDirectoryName(name)!), name);
                    foreach (var problem in LabelCheck.Problems(labels, gold))
                    {
                        Console.WriteLine($"{name}: {problem}");
                        problems++;
                    }
                }

                Console.WriteLine(problems == 0 ? "ok" : $"{problems} problems");
                return problems == 0 ? 0 : 1;
            case "train":
                var examples = ModelTraining.Examples(evalRoot, labelRoot);
                var without = targets.SkipWhile(t => t != "--without").Skip(1).ToHashSet(StringComparer.Ordinal);
                var output = targets.Length > 0 && targets[0] != "--without" ? targets[0] : "src/Timeline.Extraction/Data/models";
                var kept = examples.Where(e => !without.Contains(e.Part));
                ModelTraining.Write(ModelTraining.TrainAll(evalRoot, examples, new Trainer(), without), output);
                Console.WriteLine($"trained on {kept.Types.Count} candidates ({kept.Roles.Count} actor roles, {kept.Dates.Count} date options) and pairs of reports{(without.Count > 0 ? " without " + string.Join(", ", without) : "")} -> {output}");
                return 0;
            case "crossval":
                var findingsPath = targets.SkipWhile(t => t != "--findings").Skip(1).FirstOrDefault();
                using (var findings = findingsPath is null ? null : new StreamWriter(findingsPath))
                {
                    var given = targets.SkipWhile(t => t != "--thresholds").Skip(1).FirstOrDefault()?.Split(',').Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray();
                    var thresholds = given is { Length: 5 } ? new Timeline.Extraction.Events.Decisions.Thresholds(given[0], given[1], given[2], given[3], given[4]) : Timeline.Extraction.Events.Decisions.Thresholds.Default;
                    var trainer = targets.Contains("--memorize") ? new Trainer(0f, 0.001f) : new Trainer();
                    CrossValidation.Run(evalRoot, labelRoot, trainer, inSample: targets.Contains("--in-sample"), thresholds, Console.Out, findings);
                }

                return 0;
            case "sweep":
                var judgeArgument = targets.SkipWhile(t => t != "--judge").Skip(1).FirstOrDefault();
                targets = targets.TakeWhile(t => t != "--judge").ToArray();
                float? judgeThreshold = judgeArgument is null ? 0.5f : judgeArgument == "rules" ? null : float.Parse(judgeArgument, System.Globalization.CultureInfo.InvariantCulture);
                var regularized = targets.FirstOrDefault() == "--reg";
                var reg = regularized ? targets[1].Split(',').Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray() : [0.5f, 1f, 1f];
                var sweepTrainer = new Trainer(reg[0], reg[1], reg[2]);
                var sets = targets.Skip(regularized ? 2 : 0).Select(t => t.Split(',').Select(v => float.Parse(v, System.Globalization.CultureInfo.InvariantCulture)).ToArray())
                    .Select(v => new Timeline.Extraction.Events.Decisions.Thresholds(v[0], v[1], v[2], v[3], v.Length > 4 ? v[4] : v[2])).ToList();
                CrossValidation.Sweep(evalRoot, labelRoot, sweepTrainer, sets, Console.Out, judgeThreshold);
                return 0;
            case "assess":
                DecisionAssessment.Run(ModelTraining.Examples(evalRoot, labelRoot), new Trainer(), Console.Out);
                return 0;
            default:
                Console.Error.WriteLine($"unknown command {command}");
                return 2;
        }
    }
}
