using System.Globalization;
using System.Text;
using Timeline.Data;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Exports;

/// <summary>
/// RFC 5545 iCalendar: one all-day VEVENT per dated event spanning its precision (a day, a whole month or a whole
/// year), so calendars show what is known and no more. Undated events are left out.
/// </summary>
public static class ICalendarExport
{
    public static async Task WriteAsync(Stream body, TimelineDbContext db, EventFilter filter, string name, DateTimeOffset now, CancellationToken cancellationToken)
    {
        await using var writer = new StreamWriter(body, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 16 * 1024, leaveOpen: true);
        var stamp = now.UtcDateTime.ToString("yyyyMMdd'T'HHmmss'Z'", CultureInfo.InvariantCulture);
        await WriteAsync(writer, "BEGIN:VCALENDAR");
        await WriteAsync(writer, "VERSION:2.0");
        await WriteAsync(writer, "PRODID:-//Timeline//US-China events//EN");
        await WriteAsync(writer, "CALSCALE:GREGORIAN");
        await WriteAsync(writer, "METHOD:PUBLISH");
        await WriteAsync(writer, "X-WR-CALNAME:" + Escape(name));
        await foreach (var e in EventStream.ReadAsync(db, filter, cancellationToken))
        {
            if (EventDate.TryParse(e.Date, out var date))
            {
                foreach (var line in Event(e, date, stamp))
                {
                    await WriteAsync(writer, line);
                }
            }
        }

        await WriteAsync(writer, "END:VCALENDAR");
    }

    public static IEnumerable<string> Event(EventResponse e, EventDate date, string stamp)
    {
        yield return "BEGIN:VEVENT";
        yield return $"UID:{e.Id}@timeline";
        yield return $"DTSTAMP:{stamp}";
        yield return $"DTSTART;VALUE=DATE:{Day(date.Earliest)}";
        yield return $"DTEND;VALUE=DATE:{Day(date.Latest.AddDays(1))}";
        yield return "SUMMARY:" + Escape(e.Title);
        yield return "DESCRIPTION:" + Escape(Describe(e, date));
        if (e.Location is not null)
        {
            yield return "LOCATION:" + Escape(e.Location);
        }

        yield return "CATEGORIES:" + string.Join(",", new[] { e.Type }.Concat(e.Topics).Select(Escape));
        if (e.Sources.Select(s => s.Url).FirstOrDefault(EventHtml.IsWebAddress) is { } url)
        {
            yield return "URL:" + url;
        }

        yield return "TRANSP:TRANSPARENT";
        yield return "END:VEVENT";
    }

    /// <summary>RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters are not allowed.</summary>
    public static string Escape(string text)
    {
        var escaped = text.Replace("\\", "\\\\").Replace(";", "\\;").Replace(",", "\\,").Replace("\r\n", "\\n").Replace("\n", "\\n").Replace("\r", "\\n");
        return escaped.Any(c => char.IsControl(c) && c != '\t') ? new string(escaped.Select(c => char.IsControl(c) && c != '\t' ? ' ' : c).ToArray()) : escaped;
    }

    /// <summary>RFC 5545 §3.1: lines longer than 75 octets are folded (CRLF and a space), never inside a UTF-8 character.</summary>
    public static string Fold(string line)
    {
        var folded = new StringBuilder(line.Length + 16);
        var octets = 0;
        foreach (var rune in line.EnumerateRunes())
        {
            var size = rune.Utf8SequenceLength;
            if (octets + size > 75)
            {
                folded.Append("\r\n ");
                octets = 1;
            }

            folded.Append(rune.ToString());
            octets += size;
        }

        return folded.ToString();
    }

    private static Task WriteAsync(TextWriter writer, string line) => writer.WriteAsync(Fold(line) + "\r\n");

    private static string Day(DateOnly day) => day.ToString("yyyyMMdd", CultureInfo.InvariantCulture);

    private static string Describe(EventResponse e, EventDate date)
    {
        var text = new StringBuilder(e.Summary);
        if (date.Precision != DatePrecision.Day)
        {
            text.Append($"\nDate known only to the {EventTypes.ToApi(date.Precision)}: {e.Date}.");
        }

        foreach (var source in e.Sources)
        {
            var cited = string.Join(", ", new[] { source.Publisher, source.Title, source.PublishedAt, source.Url }.OfType<string>());
            text.Append("\n\n").Append(cited.Length > 0 ? cited + "\n" : "").Append('“').Append(source.Evidence).Append('”');
        }

        return text.ToString();
    }
}
