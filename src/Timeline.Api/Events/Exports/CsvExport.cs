using System.Globalization;
using System.Text;
using Timeline.Data;

namespace Timeline.Api.Events.Exports;

/// <summary>
/// RFC 4180 CSV, one row per event (CRLF, fields quoted when needed, UTF-8 with a byte-order mark so spreadsheet
/// programs read it as UTF-8). Per-source columns list the sources in the same order, separated by " | ".
/// </summary>
public static class CsvExport
{
    public const string SourceSeparator = " | ";
    public const string ListSeparator = "; ";

    public static readonly IReadOnlyList<string> Header =
    [
        "id", "date", "date_precision", "type", "cameo_code", "title", "summary", "participants", "participant_ids",
        "location", "topics", "source_count", "publisher_count", "confidence", "publishers", "source_titles",
        "source_urls", "source_published_at", "evidence",
    ];

    public static async Task WriteAsync(Stream body, TimelineDbContext db, EventFilter filter, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), bufferSize: 16 * 1024, leaveOpen: true);
        writer.NewLine = "\r\n";
        await WriteRowAsync(writer, Header);
        await foreach (var e in EventStream.ReadAsync(db, filter, cancellationToken))
        {
            await WriteRowAsync(writer, Row(e));
        }
    }

    public static IReadOnlyList<string> Row(EventResponse e) =>
    [
        e.Id.ToString(),
        e.Date ?? "",
        e.DatePrecision ?? "",
        e.Type,
        e.CameoCode ?? "",
        e.Title,
        e.Summary,
        string.Join(ListSeparator, e.Participants.Select(p => p.Name)),
        string.Join(ListSeparator, e.Participants.Select(p => p.Id)),
        e.Location ?? "",
        string.Join(ListSeparator, e.Topics),
        e.SourceCount.ToString(CultureInfo.InvariantCulture),
        e.PublisherCount.ToString(CultureInfo.InvariantCulture),
        e.Confidence.ToString("0.###", CultureInfo.InvariantCulture),
        string.Join(SourceSeparator, e.Sources.Select(s => s.Publisher ?? "")),
        string.Join(SourceSeparator, e.Sources.Select(s => s.Title ?? "")),
        string.Join(SourceSeparator, e.Sources.Select(s => s.Url ?? "")),
        string.Join(SourceSeparator, e.Sources.Select(s => s.PublishedAt ?? "")),
        string.Join(SourceSeparator, e.Sources.Select(s => s.Evidence)),
    ];

    /// <summary>
    /// A cell as written: a text starting with = + - @ or a tab/CR is prefixed with an apostrophe, so a spreadsheet
    /// never runs text scraped from a web page as a formula (OWASP "CSV injection").
    /// </summary>
    public static string Cell(string value) =>
        value.Length > 0 && value[0] is '=' or '+' or '-' or '@' or '\t' or '\r' ? "'" + value : value;

    private static async Task WriteRowAsync(TextWriter writer, IReadOnlyList<string> cells)
    {
        for (var i = 0; i < cells.Count; i++)
        {
            if (i > 0)
            {
                await writer.WriteAsync(',');
            }

            await writer.WriteAsync(Quote(Cell(cells[i])));
        }

        await writer.WriteLineAsync();
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : "\"" + cell.Replace("\"", "\"\"") + "\"";
}
