using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Extraction.Learning;

/// <summary>
/// A trained multinomial logistic regression over named binary features: for each class, a bias plus the weights of
/// the features present, turned into probabilities by softmax. Trained by tools/Timeline.Training (ML.NET) and stored
/// as JSON, so the weights are data a reader can inspect and a test can search for names.
/// </summary>
public sealed class LinearModel
{
    private readonly Dictionary<string, float[]> _weights;
    private readonly float[] _bias;

    public LinearModel(string name, IReadOnlyList<string> classes, float[] bias, Dictionary<string, float[]> weights)
    {
        if (bias.Length != classes.Count || weights.Values.Any(w => w.Length != classes.Count))
        {
            throw new ArgumentException($"model {name}: every weight vector needs one value per class");
        }

        Name = name;
        Classes = classes;
        _bias = bias;
        _weights = weights;
    }

    public string Name { get; }

    public IReadOnlyList<string> Classes { get; }

    /// <summary>The names of the features the model weighs: its whole feature space.</summary>
    public IEnumerable<string> FeatureNames => _weights.Keys;

    public int IndexOf(string label) => Classes.ToList().IndexOf(label);

    /// <summary>The probability of each class (in <see cref="Classes"/> order) given the features present.</summary>
    public float[] Probabilities(IReadOnlyList<string> features)
    {
        var scores = (float[])_bias.Clone();
        foreach (var feature in features)
        {
            if (_weights.TryGetValue(feature, out var weights))
            {
                for (var c = 0; c < scores.Length; c++)
                {
                    scores[c] += weights[c];
                }
            }
        }

        var max = scores.Max();
        var total = 0f;
        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] = MathF.Exp(scores[c] - max);
            total += scores[c];
        }

        for (var c = 0; c < scores.Length; c++)
        {
            scores[c] /= total;
        }

        return scores;
    }

    /// <summary>The most probable class and its probability.</summary>
    public (string Label, float Probability) Predict(IReadOnlyList<string> features)
    {
        var probabilities = Probabilities(features);
        var best = 0;
        for (var c = 1; c < probabilities.Length; c++)
        {
            if (probabilities[c] > probabilities[best])
            {
                best = c;
            }
        }

        return (Classes[best], probabilities[best]);
    }

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static LinearModel Read(Stream stream)
    {
        var file = JsonSerializer.Deserialize<ModelFile>(stream, Json) ?? throw new InvalidDataException("empty model file");
        return new LinearModel(file.Name, file.Classes, file.Bias, file.Weights);
    }

    /// <summary>Writes the model with one feature per line, sorted, so a retrained model diffs by feature.</summary>
    public void Write(TextWriter writer)
    {
        writer.Write("{\n");
        writer.Write($"  \"name\": {JsonSerializer.Serialize(Name)},\n");
        writer.Write($"  \"classes\": {JsonSerializer.Serialize(Classes)},\n");
        writer.Write($"  \"bias\": {Vector(_bias)},\n");
        writer.Write("  \"weights\": {");
        var first = true;
        foreach (var (feature, weights) in _weights.OrderBy(w => w.Key, StringComparer.Ordinal))
        {
            writer.Write(first ? "\n    " : ",\n    ");
            writer.Write($"{JsonSerializer.Serialize(feature)}: {Vector(weights)}");
            first = false;
        }

        writer.Write("\n  }\n}\n");
    }

    private static string Vector(float[] values) =>
        "[" + string.Join(",", values.Select(v => Math.Round(v, 4).ToString("0.####", System.Globalization.CultureInfo.InvariantCulture))) + "]";

    private sealed record ModelFile(
        [property: JsonRequired] string Name,
        [property: JsonRequired] List<string> Classes,
        [property: JsonRequired] float[] Bias,
        [property: JsonRequired] Dictionary<string, float[]> Weights);
}
