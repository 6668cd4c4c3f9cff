using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using Timeline.Extraction.Learning;

namespace Timeline.Training.Learning;

/// <summary>
/// Trains a multinomial logistic regression (ML.NET's L-BFGS maximum entropy, one thread, fixed seed: the same examples
/// give the same weights) and keeps it as a <see cref="LinearModel"/>. Features seen in fewer than
/// <see cref="MinimumCount"/> training examples are dropped: a feature seen once is an article, not the language.
/// </summary>
/// <param name="balance">How far to even out the classes: each example weighs (examples per class on average / examples of
/// its class) to this power; 0 leaves the classes as they come, 1 weighs every class alike. Rare classes (a planned or
/// denied event) would otherwise be drowned by the common ones.</param>
internal sealed class Trainer(float l1 = 0.5f, float l2 = 1f, double balance = 1)
{
    public const int MinimumCount = 2;

    private sealed class Row
    {
        public string Label { get; set; } = "";

        public VBuffer<float> Features { get; set; }

        public float Weight { get; set; }
    }

    public LinearModel Train(string name, IReadOnlyList<string> classes, IReadOnlyList<Example> examples)
    {
        var index = examples.SelectMany(e => e.Features.Distinct())
            .GroupBy(f => f, StringComparer.Ordinal)
            .Where(g => g.Count() >= MinimumCount)
            .Select(g => g.Key)
            .Order(StringComparer.Ordinal)
            .Select((feature, i) => (feature, i))
            .ToDictionary(p => p.feature, p => p.i, StringComparer.Ordinal);
        var counts = examples.GroupBy(e => e.Label).ToDictionary(g => g.Key, g => g.Count());
        var average = (double)examples.Count / counts.Count;
        var rows = examples.Select(e => new Row
        {
            Label = e.Label,
            Weight = (float)Math.Pow(average / counts[e.Label], balance),
            Features = Sparse(index.Count, e.Features.Where(index.ContainsKey).Select(f => index[f]).Distinct().Order().ToArray()),
        }).ToList();

        var ml = new MLContext(seed: 1);
        var schema = SchemaDefinition.Create(typeof(Row));
        schema["Features"].ColumnType = new VectorDataViewType(NumberDataViewType.Single, index.Count);
        var data = ml.Data.LoadFromEnumerable(rows, schema);
        // Keys by sorted value: class k of the trained model is the k-th label present, in ordinal order.
        var present = examples.Select(e => e.Label).Distinct().Order(StringComparer.Ordinal).ToList();
        var toKey = ml.Transforms.Conversion.MapValueToKey("Label", keyOrdinality: Microsoft.ML.Transforms.ValueToKeyMappingEstimator.KeyOrdinality.ByValue);
        var trainer = ml.MulticlassClassification.Trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
        {
            ExampleWeightColumnName = "Weight",
            L1Regularization = l1,
            L2Regularization = l2,
            NumberOfThreads = 1,
            OptimizationTolerance = 1e-7f,
            MaximumNumberOfIterations = 1000,
        });
        var parameters = toKey.Append(trainer).Fit(data).LastTransformer.Model;
        VBuffer<float>[] trained = [];
        parameters.GetWeights(ref trained, out var count);
        if (count != present.Count)
        {
            throw new InvalidOperationException($"model {name}: {count} classes trained, {present.Count} labels present");
        }

        // A class no training example has (a rare factuality in a fold) is never predicted.
        var trainedBias = parameters.GetBiases().ToArray();
        var bias = classes.Select(c => present.IndexOf(c) is var k and >= 0 ? trainedBias[k] : -100f).ToArray();
        var empty = new VBuffer<float>(index.Count, 0, [], []);
        var weights = classes.Select(c => present.IndexOf(c) is var k and >= 0 ? trained[k] : empty).ToArray();
        return new LinearModel(name, classes, bias, Weights(index, weights, classes.Count));
    }

    private static VBuffer<float> Sparse(int length, int[] indices) =>
        new(length, indices.Length, Enumerable.Repeat(1f, indices.Length).ToArray(), indices);

    /// <summary>Per feature, one weight per class; features whose every weight is zero (L1) are left out.</summary>
    private static Dictionary<string, float[]> Weights(Dictionary<string, int> index, VBuffer<float>[] weights, int classes)
    {
        var dense = weights.Select(w => w.DenseValues().ToArray()).ToArray();
        var result = new Dictionary<string, float[]>(StringComparer.Ordinal);
        foreach (var (feature, i) in index)
        {
            var vector = Enumerable.Range(0, classes).Select(c => dense[c][i]).ToArray();
            if (vector.Any(v => Math.Abs(v) >= 1e-4f))
            {
                result[feature] = vector;
            }
        }

        return result;
    }
}
