namespace Timeline.Training.Learning;

/// <summary>One labelled decision: its features, its label, and the part of the data it comes from (for the folds).</summary>
public sealed record Example(IReadOnlyList<string> Features, string Label, string Part, string File);

/// <summary>The examples of every decision the models learn.</summary>
public sealed class ExampleSet
{
    public List<Example> Types { get; } = [];

    public List<Example> Factualities { get; } = [];

    public List<Example> Roles { get; } = [];

    public List<Example> Dates { get; } = [];

    public ExampleSet Where(Func<Example, bool> keep)
    {
        var set = new ExampleSet();
        set.Types.AddRange(Types.Where(keep));
        set.Factualities.AddRange(Factualities.Where(keep));
        set.Roles.AddRange(Roles.Where(keep));
        set.Dates.AddRange(Dates.Where(keep));
        return set;
    }
}
