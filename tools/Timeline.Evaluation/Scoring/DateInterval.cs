using System.Globalization;

namespace Timeline.Evaluation.Scoring;

public enum DatePrecision { Day, Month, Year }

/// <summary>
/// A date written at its precision ("2025-05-22", "2025-05", "2025") read as the closed interval of days it covers.
/// The evaluator parses dates itself rather than reusing the pipeline's EventDate, so a bug there cannot hide here.
/// </summary>
public readonly record struct DateInterval(DateOnly Start, DateOnly End, DatePrecision Precision)
{
    public static bool TryParse(string? text, out DateInterval interval)
    {
        interval = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var culture = CultureInfo.InvariantCulture;
        var trimmed = text.Trim();
        if (trimmed.Length == 10 && DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", culture, DateTimeStyles.None, out var day))
        {
            interval = new(day, day, DatePrecision.Day);
            return true;
        }

        if (trimmed.Length == 7 && DateOnly.TryParseExact(trimmed, "yyyy-MM", culture, DateTimeStyles.None, out var month))
        {
            interval = new(month, month.AddMonths(1).AddDays(-1), DatePrecision.Month);
            return true;
        }

        if (trimmed.Length == 4 && int.TryParse(trimmed, NumberStyles.None, culture, out var year) && year is >= 1 and <= 9999)
        {
            interval = new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);
            return true;
        }

        return false;
    }

    public DateInterval Widen(int days) => this with { Start = Start.AddDays(-days), End = End.AddDays(days) };

    public bool Contains(DateInterval other) => Start <= other.Start && other.End <= End;

    /// <summary>Days between the two intervals; 0 when they overlap.</summary>
    public int DistanceTo(DateInterval other) =>
        other.Start > End ? other.Start.DayNumber - End.DayNumber
        : Start > other.End ? Start.DayNumber - other.End.DayNumber
        : 0;
}
