using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Events.Exports;

/// <summary>The formats of GET /api/v1/events/export, with their media types and file names.</summary>
public enum ExportFormat
{
    Csv,
    TimelineJs,
    ICalendar,
}

public static class ExportFormats
{
    public static readonly IReadOnlyDictionary<string, ExportFormat> ByName =
        new Dictionary<string, ExportFormat>(StringComparer.OrdinalIgnoreCase)
        {
            ["csv"] = ExportFormat.Csv,
            ["timelinejs"] = ExportFormat.TimelineJs,
            ["ics"] = ExportFormat.ICalendar,
        };

    public static string MediaType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv",
        ExportFormat.TimelineJs => "application/json",
        _ => "text/calendar",
    };

    public static string ContentType(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "text/csv; charset=utf-8; header=present",
        ExportFormat.TimelineJs => "application/json; charset=utf-8",
        _ => "text/calendar; charset=utf-8",
    };

    public static string FileName(this ExportFormat format) => format switch
    {
        ExportFormat.Csv => "timeline.csv",
        ExportFormat.TimelineJs => "timeline.json",
        _ => "timeline.ics",
    };

    /// <summary>
    /// The format an Accept header asks for: the acceptable media type with the highest quality that we have
    /// (ties keep the header's order), wildcards matching the first format listed here; no header means CSV; null when
    /// nothing offered is acceptable.
    /// </summary>
    public static ExportFormat? Negotiate(IList<string>? accept)
    {
        if (accept is null || accept.Count == 0 || !MediaTypeHeaderValue.TryParseList(accept, out var ranges) || ranges.Count == 0)
        {
            return ExportFormat.Csv;
        }

        var candidates = ranges
            .Select((range, index) => (Range: range, Index: index, Quality: range.Quality ?? 1.0))
            .Where(r => r.Quality > 0)
            .OrderByDescending(r => r.Quality).ThenBy(r => r.Index);
        foreach (var (range, _, _) in candidates)
        {
            foreach (var format in Enum.GetValues<ExportFormat>())
            {
                if (new MediaTypeHeaderValue(format.MediaType()).IsSubsetOf(range))
                {
                    return format;
                }
            }
        }

        return null;
    }
}
