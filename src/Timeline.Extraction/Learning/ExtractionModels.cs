using System.Reflection;

namespace Timeline.Extraction.Learning;

/// <summary>
/// The trained models of the extractor's decisions: whether a candidate is an event and of which type, whether it
/// happened, the role of each actor, which date dates it, and whether two reports from different articles are one event. Trained by scripts/train.sh; the weights ship inside
/// the library (Data/models/*.json), or are read from a folder (a model trained without one part, to score that part).
/// </summary>
public sealed class ExtractionModels
{
    public static readonly IReadOnlyList<string> Names = ["type", "factuality", "role", "date", "same-event"];

    private ExtractionModels(IReadOnlyDictionary<string, LinearModel> models)
    {
        Type = models["type"];
        Factuality = models["factuality"];
        Role = models["role"];
        Date = models["date"];
        SameEvent = models["same-event"];
    }

    public LinearModel Type { get; }

    public LinearModel Factuality { get; }

    public LinearModel Role { get; }

    public LinearModel Date { get; }

    /// <summary>Whether two reports from different articles are one event (read by Timeline.Core's learned judge).</summary>
    public LinearModel SameEvent { get; }

    public IEnumerable<LinearModel> All => [Type, Factuality, Role, Date, SameEvent];

    private static readonly Lazy<ExtractionModels> Embedded = new(() => From(Names.Select(TryLoadEmbedded).OfType<LinearModel>()));

    public static ExtractionModels Default => Embedded.Value;

    /// <summary>The models given; without a same-event model, one that never merges (for scoring extraction alone).</summary>
    public static ExtractionModels From(IEnumerable<LinearModel> models)
    {
        var byName = models.ToDictionary(m => m.Name, m => m);
        byName.TryAdd("same-event", new LinearModel("same-event", ["no", "yes"], [1f, -1f], []));
        return new(byName);
    }

    public static ExtractionModels FromDirectory(string directory) =>
        new(Names.ToDictionary(n => n, n =>
        {
            using var stream = File.OpenRead(Path.Combine(directory, n + ".json"));
            return LinearModel.Read(stream);
        }));

    /// <summary>An embedded model; the same-event model may be missing while the first training runs (it is trained last).</summary>
    private static LinearModel? TryLoadEmbedded(string name)
    {
        var resource = $"Timeline.Extraction.Data.models.{name}.json";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(resource);
        return stream is not null ? LinearModel.Read(stream)
            : name == "same-event" ? null
            : throw new InvalidOperationException($"model {resource} is not embedded: run scripts/train.sh");
    }
}
