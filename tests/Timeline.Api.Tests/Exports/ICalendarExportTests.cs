using System.Text;
using Ical.Net;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Exports;

public sealed class ICalendarExportTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Fact]
    public async Task TheCalendarParsesWithOneAllDayEventPerDatedEventSpanningItsPrecision()
    {
        await ExportSeed.PostAsync(Writer());
        var dated = (await Reader().EventsAsync()).Where(e => e!["date"] is not null).ToList();

        var text = await Reader().GetStringAsync("/api/v1/events/export?format=ics");
        var calendar = Calendar.Load(text)!;

        Assert.Equal(dated.Count, calendar.Events.Count);
        foreach (var e in dated)
        {
            var entry = Assert.Single(calendar.Events, c => c.Uid == $"{e.Str("id")}@timeline");
            var (start, end) = e.Str("datePrecision") switch
            {
                "day" => ("2025-05-22", "2025-05-23"),
                "month" => ("2025-05-01", "2025-06-01"),
                _ => ("2025-01-01", "2026-01-01"),
            };
            Assert.False(entry.DtStart!.HasTime);
            Assert.Equal(start, entry.DtStart.Date.ToString("yyyy-MM-dd"));
            Assert.Equal(end, entry.DtEnd!.Date.ToString("yyyy-MM-dd"));
            Assert.Equal(e.Str("title"), entry.Summary);
            Assert.Contains(e.Str("type"), entry.Categories);
        }
    }

    [Fact]
    public async Task LinesAreCrLfAndFoldedAtSeventyFiveOctetsWithoutSplittingCharacters()
    {
        await ExportSeed.PostAsync(Writer());

        var text = await Reader().GetStringAsync("/api/v1/events/export?format=ics&type=tariff");
        var lines = text.Split("\r\n");

        Assert.Equal("", lines[^1]);
        Assert.DoesNotContain(lines, l => l.Contains('\n') || l.Contains('\r'));
        Assert.All(lines, l => Assert.True(Encoding.UTF8.GetByteCount(l) <= 75, l));
        Assert.Contains(lines, l => l.StartsWith(' '));
        var summary = Calendar.Load(text)!.Events.Single().Summary;
        Assert.Equal(ExportSeed.LongTitle, summary);
    }

    [Fact]
    public async Task UndatedEventsAreLeftOutOfTheCalendar()
    {
        await ExportSeed.PostAsync(Writer());

        var calendar = Calendar.Load(await Reader().GetStringAsync("/api/v1/events/export?format=ics&type=statement"))!;

        Assert.Empty(calendar.Events);
    }
}
