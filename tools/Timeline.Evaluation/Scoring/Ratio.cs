using System.Globalization;

namespace Timeline.Evaluation.Scoring;

public sealed record Ratio(int Hits, int Total)
{
    public double? Value => Total == 0 ? null : (double)Hits / Total;

    public override string ToString() =>
        Value is { } value
            ? string.Create(CultureInfo.InvariantCulture, $"{value:0.00} ({Hits}/{Total})")
            : $"n/a ({Hits}/{Total})";
}
