using System.Globalization;
using Timeline.Extraction.Model;

namespace Timeline.Core.Claims;

/// <summary>A date as the API writes it: YYYY-MM-DD, YYYY-MM or YYYY by its precision.</summary>
public static class WireDate
{
    public static string? Format(DateOnly? date, string? precision) => (date, precision) switch
    {
        (null, _) or (_, null) => null,
        ({ } d, "month") => d.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        ({ } d, "year") => d.ToString("yyyy", CultureInfo.InvariantCulture),
        ({ } d, _) => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
    };

    public static string? Format(EventDate? date) => date is null ? null : Format(date.Earliest, EventTypes.ToApi(date.Precision));

    /// <summary>SQL of <see cref="Format(DateOnly?, string?)"/> over a date column and a precision column.</summary>
    public static string Sql(string date, string precision) =>
        $"CASE WHEN {date} IS NULL OR {precision} IS NULL THEN NULL WHEN {precision} = 'month' THEN to_char({date}, 'YYYY-MM') " +
        $"WHEN {precision} = 'year' THEN to_char({date}, 'YYYY') ELSE to_char({date}, 'YYYY-MM-DD') END";
}
