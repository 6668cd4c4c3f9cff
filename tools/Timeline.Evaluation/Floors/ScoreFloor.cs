using System.Globalization;
using Timeline.Evaluation.Scoring;

namespace Timeline.Evaluation.Floors;

/// <summary>
/// A bound a score must respect for the run to pass: "--min recall=0.95" (a ratio at least this), "--max false-merges=0"
/// (a count at most this). Prefix a folder's name to bound one folder instead of the overall score: "--min dev:recall=0.9".
/// </summary>
public sealed record ScoreFloor(string Scope, string Metric, double Value, bool IsMaximum)
{
    public static readonly IReadOnlyList<string> Ratios = ["headline-recall", "recall", "precision", "date-accuracy", "merge-accuracy"];
    public static readonly IReadOnlyList<string> Counts = ["false-merges", "duplicates"];

    public const string OverallScope = "overall";

    public static (ScoreFloor? Floor, string? Error) Parse(string text, bool isMaximum)
    {
        var option = isMaximum ? "--max" : "--min";
        var equals = text.LastIndexOf('=');
        if (equals <= 0 || !double.TryParse(text[(equals + 1)..], NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            return (null, $"{option} needs METRIC=NUMBER or FOLDER:METRIC=NUMBER, got '{text}'");
        }

        var name = text[..equals];
        var colon = name.IndexOf(':');
        var (scope, metric) = colon < 0 ? (OverallScope, name) : (name[..colon], name[(colon + 1)..]);
        var known = isMaximum ? Counts : Ratios;
        return known.Contains(metric)
            ? (new ScoreFloor(scope, metric, value, isMaximum), null)
            : (null, $"{option} knows {string.Join(", ", known)}; got '{metric}'");
    }

    /// <summary>Null when the scores respect this bound, else why not.</summary>
    public string? Check(IReadOnlyList<ScopeReport> scopes)
    {
        var scope = scopes.FirstOrDefault(s => s.Scope == Scope);
        if (scope is null)
        {
            return $"{Describe()}: no scope '{Scope}' (scopes: {string.Join(", ", scopes.Select(s => s.Scope))})";
        }

        var actual = Read(scope);
        if (actual is null)
        {
            return $"{Describe()}: {Metric} is n/a for {Scope}";
        }

        var fails = IsMaximum ? actual > Value : actual < Value - 1e-9;
        return fails ? string.Create(CultureInfo.InvariantCulture, $"{Describe()}: {Scope} {Metric} is {actual:0.###}") : null;
    }

    private string Describe() => string.Create(CultureInfo.InvariantCulture, $"{(IsMaximum ? "--max" : "--min")} {Scope}:{Metric}={Value}");

    private double? Read(ScopeReport scope) => Metric switch
    {
        "headline-recall" => scope.HeadlineRecall.Value,
        "recall" => scope.Recall.Value,
        "precision" => scope.Precision.Value,
        "date-accuracy" => scope.DateAccuracy.Value,
        "merge-accuracy" => scope.MergeAccuracy.Value,
        "false-merges" => scope.FalseMerges,
        "duplicates" => scope.Duplicates,
        _ => throw new InvalidOperationException($"unknown metric {Metric}"),
    };
}
