using System.Buffers;
using System.Net;
using System.Text.Json;
using Timeline.Data;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Exports;

/// <summary>
/// Writes a <see cref="TimelineJsDocument"/> slide by slide, so TimelineJS loads it as it is
/// (<c>new TL.Timeline(id, url)</c>). Undated events cannot be placed on a timeline and are left out.
/// </summary>
public static class TimelineJsExport
{
    public static async Task WriteAsync(Stream body, TimelineDbContext db, EventFilter filter, string headline, CancellationToken cancellationToken)
    {
        // The serializer flushes the writer synchronously, so it writes to a buffer that is copied out asynchronously.
        var buffer = new ArrayBufferWriter<byte>(32 * 1024);
        await using var json = new Utf8JsonWriter(buffer);
        json.WriteStartObject();
        json.WriteString("scale", "human");
        json.WritePropertyName("title");
        JsonSerializer.Serialize(json, TitleSlide(headline));
        json.WriteStartArray("events");
        await foreach (var e in EventStream.ReadAsync(db, filter, cancellationToken))
        {
            if (Slide(e) is { } slide)
            {
                JsonSerializer.Serialize(json, slide);
                if (buffer.WrittenCount > 16 * 1024)
                {
                    await CopyOutAsync(buffer, body, cancellationToken);
                }
            }
        }

        json.WriteEndArray();
        json.WriteEndObject();
        json.Flush();
        await CopyOutAsync(buffer, body, cancellationToken);
    }

    private static async Task CopyOutAsync(ArrayBufferWriter<byte> buffer, Stream body, CancellationToken cancellationToken)
    {
        await body.WriteAsync(buffer.WrittenMemory, cancellationToken);
        buffer.ResetWrittenCount();
    }

    public static TimelineJsSlide TitleSlide(string headline) =>
        new(null, null, new TimelineJsText(WebUtility.HtmlEncode(headline), "<p>US–China events extracted from news articles; every event cites its sources.</p>"), null);

    public static TimelineJsSlide? Slide(EventResponse e)
    {
        if (!EventDate.TryParse(e.Date, out var date))
        {
            return null;
        }

        var start = new TimelineJsDate(
            date.Earliest.Year,
            date.Precision == DatePrecision.Year ? null : date.Earliest.Month,
            date.Precision == DatePrecision.Day ? date.Earliest.Day : null);
        return new TimelineJsSlide($"event-{e.Id:N}", start, new TimelineJsText(WebUtility.HtmlEncode(e.Title), EventHtml.Describe(e)), e.Type.Replace('_', ' '));
    }
}
