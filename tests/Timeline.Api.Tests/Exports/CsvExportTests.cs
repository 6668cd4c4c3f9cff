using System.Globalization;
using System.Net;
using CsvHelper;
using CsvHelper.Configuration;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Exports;

public sealed class CsvExportTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Fact]
    public async Task TheCsvExportRoundTripsEveryEventThroughAStandardParser()
    {
        await ExportSeed.PostAsync(Writer());
        var events = await Reader().EventsAsync();

        var response = await Reader().GetAsync("/api/v1/events/export?format=csv");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        var (header, rows) = Parse(bytes);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        Assert.Equal("id", header[0]);
        Assert.Equal(events.Count, rows.Count);
        for (var i = 0; i < events.Count; i++)
        {
            var e = events[i]!;
            var row = rows[i];
            Assert.Equal(e.Str("id"), row["id"]);
            Assert.Equal(e["date"]?.GetValue<string>() ?? "", row["date"]);
            Assert.Equal(e["datePrecision"]?.GetValue<string>() ?? "", row["date_precision"]);
            Assert.Equal(e.Str("type"), row["type"]);
            Assert.Equal(Guarded(e.Str("title")), row["title"]);
            Assert.Equal(string.Join("; ", e.Strings("participants", "name")), row["participants"]);
            Assert.Equal(e["location"]?.GetValue<string>() ?? "", row["location"]);
            Assert.Equal(e["sourceCount"]!.GetValue<int>().ToString(CultureInfo.InvariantCulture), row["source_count"]);
            Assert.Equal(string.Join(" | ", e.Strings("sources", "url")), row["source_urls"]);
            Assert.Equal(Guarded(string.Join(" | ", e.Strings("sources", "evidence"))), row["evidence"]);
        }
    }

    [Fact]
    public async Task AFormulaInScrapedTextIsNotExportedAsAFormula()
    {
        await ExportSeed.PostAsync(Writer());

        var (_, rows) = Parse(await Reader().GetByteArrayAsync("/api/v1/events/export?format=csv&type=meeting"));

        Assert.StartsWith("'=HYPERLINK(", Assert.Single(rows)["title"]);
    }

    [Fact]
    public async Task RowsEndWithCrLfAsRfc4180Asks()
    {
        await ExportSeed.PostAsync(Writer());

        var text = await Reader().GetStringAsync("/api/v1/events/export?format=csv");

        Assert.EndsWith("\r\n", text);
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
    }

    private static string Guarded(string value) => value.Length > 0 && "=+-@\t\r".Contains(value[0]) ? "'" + value : value;

    private static (string[] Header, List<Dictionary<string, string>> Rows) Parse(byte[] bytes)
    {
        using var reader = new StreamReader(new MemoryStream(bytes), detectEncodingFromByteOrderMarks: true);
        using var csv = new CsvReader(reader, new CsvConfiguration(CultureInfo.InvariantCulture) { DetectColumnCountChanges = true });
        csv.Read();
        csv.ReadHeader();
        var header = csv.HeaderRecord!;
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            rows.Add(header.ToDictionary(h => h, h => csv.GetField(h)!));
        }

        return (header, rows);
    }
}
