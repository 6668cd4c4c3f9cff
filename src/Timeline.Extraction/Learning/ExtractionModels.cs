using System.Reflection;

namespace Timeline.Extraction.Learning;

/// <summary>
/// The trained models of the extractor's decisions: whether a candidate is an event and of which type, whether it
/// happened, the role of each actor, and which date dates it. Trained by scripts/train.sh; the weights ship inside
/// the library (Data/models/*.json), or are read from a folder (a model trained without one part, to score that part).
/// </summary>
public sealed class ExtractionModels
{
    public static readonly IReadOnlyList<string> Names = ["type", "factuality", "role", "date"];

    private ExtractionModels(IReadOnlyDictionary<string, LinearModel> models)
    {
        Type = models["type"];
        Factuality = models["factuality"];
        Role = models["role"];
        Date = models["date"];
    }

    public LinearModel Type { get; }

    public LinearModel Factuality { get; }

    public LinearModel Role { get; }

    public LinearModel Date { get; }

    public IEnumerable<LinearModel> All => [Type, Factuality, Role, Date];

    private static readonly Lazy<ExtractionModels> Embedded = new(() => new ExtractionModels(Names.ToDictionary(n => n, LoadEmbedded)));

    public static ExtractionModels Default => Embedded.Value;

    public static ExtractionModels From(IEnumerable<LinearModel> models) => new(models.ToDictionary(m => m.Name, m => m));

    public static ExtractionModels FromDirectory(string directory) =>
        new(Names.ToDictionary(n => n, n =>
        {
            using var stream = File.OpenRead(Path.Combine(directory, n + ".json"));
            return LinearModel.Read(stream);
        }));

    private static LinearModel LoadEmbedded(string name)
    {
        var resource = $"Timeline.Extraction.Data.models.{name}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource)
            ?? throw new InvalidOperationException($"model {resource} is not embedded: run scripts/train.sh");
        return LinearModel.Read(stream);
    }
}
