using Timeline.Extraction.Learning;

namespace Timeline.Training.Learning;

/// <summary>
/// How well each decision is made on a part the models did not see: train on every other part, predict the part, count.
/// A quick check of the models alone; the extraction score of scripts/crossval.sh is the one that counts.
/// </summary>
internal static class DecisionAssessment
{
    public static void Run(ExampleSet all, Trainer trainer, TextWriter output)
    {
        output.WriteLine("part   type-acc  event-recall  event-precision  factuality-acc  role-acc  date-acc");
        foreach (var part in Parts.All.Where(p => all.Types.Any(e => e.Part == p)))
        {
            var train = all.Where(e => e.Part != part);
            var test = all.Where(e => e.Part == part);
            var models = ModelTraining.Train(train, trainer);
            var (type, factuality, role, date) = (models[0], models[1], models[2], models[3]);
            var typeAccuracy = Accuracy(type, test.Types);
            var predicted = test.Types.Select(e => (Gold: e.Label, System: type.Predict(e.Features).Label)).ToList();
            var recall = Ratio(predicted.Count(p => p.Gold != "none" && p.System == p.Gold), predicted.Count(p => p.Gold != "none"));
            var precision = Ratio(predicted.Count(p => p.System != "none" && p.System == p.Gold), predicted.Count(p => p.System != "none"));
            output.WriteLine($"{part,-6} {typeAccuracy,8:0.00}  {recall,12:0.00}  {precision,15:0.00}  {Accuracy(factuality, test.Factualities),14:0.00}  {Accuracy(role, test.Roles),8:0.00}  {DateAccuracy(date, test.Dates),8:0.00}");
        }
    }

    private static double Accuracy(LinearModel model, IReadOnlyList<Example> examples) =>
        Ratio(examples.Count(e => model.Predict(e.Features).Label == e.Label), examples.Count);

    /// <summary>Dates are chosen per candidate: the best-scored option of each candidate's group must be the labelled one.</summary>
    private static double DateAccuracy(LinearModel model, IReadOnlyList<Example> examples)
    {
        var groups = Groups(examples);
        var yes = model.IndexOf("yes");
        return Ratio(groups.Count(g => g.MaxBy(e => model.Probabilities(e.Features)[yes])!.Label == "yes"), groups.Count);
    }

    /// <summary>The date options of one candidate come together, the option of no date last.</summary>
    private static List<List<Example>> Groups(IReadOnlyList<Example> examples)
    {
        var groups = new List<List<Example>>();
        var group = new List<Example>();
        foreach (var example in examples)
        {
            group.Add(example);
            if (example.Features.Contains("opt=None"))
            {
                groups.Add(group);
                group = [];
            }
        }

        return groups;
    }

    private static double Ratio(int part, int whole) => whole == 0 ? double.NaN : (double)part / whole;
}
