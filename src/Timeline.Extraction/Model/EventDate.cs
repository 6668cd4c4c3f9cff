using System.Globalization;

namespace Timeline.Extraction.Model;

public enum DatePrecision
{
    Day,
    Month,
    Year,
}

/// <summary>
/// A calendar date known to some precision. <see cref="Earliest"/> and <see cref="Latest"/> always
/// span exactly one day, one month or one year, so the value can be written as YYYY-MM-DD, YYYY-MM or YYYY.
/// </summary>
public sealed record EventDate
{
    private EventDate(DateOnly earliest, DateOnly latest, DatePrecision precision)
    {
        Earliest = earliest;
        Latest = latest;
        Precision = precision;
    }

    public DateOnly Earliest { get; }

    public DateOnly Latest { get; }

    public DatePrecision Precision { get; }

    public static EventDate Day(DateOnly day) => new(day, day, DatePrecision.Day);

    public static EventDate Month(int year, int month)
    {
        var first = new DateOnly(year, month, 1);
        return new(first, first.AddMonths(1).AddDays(-1), DatePrecision.Month);
    }

    public static EventDate Year(int year) => new(new DateOnly(year, 1, 1), new DateOnly(year, 12, 31), DatePrecision.Year);

    /// <summary>
    /// The finest date that contains the whole interval: a day, else its month, else its year;
    /// null when the interval crosses a year boundary, because no single value at any precision holds it.
    /// </summary>
    public static EventDate? Covering(DateOnly earliest, DateOnly latest)
    {
        if (latest < earliest)
        {
            (earliest, latest) = (latest, earliest);
        }

        if (earliest == latest)
        {
            return Day(earliest);
        }

        if (earliest.Year == latest.Year && earliest.Month == latest.Month)
        {
            return Month(earliest.Year, earliest.Month);
        }

        return earliest.Year == latest.Year ? Year(earliest.Year) : null;
    }

    /// <summary>Parses YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public static bool TryParse(string? value, out EventDate date)
    {
        date = null!;
        if (string.IsNullOrWhiteSpace(value))
        {
            return false;
        }

        var formats = new (string Format, DatePrecision Precision)[]
        {
            ("yyyy-MM-dd", DatePrecision.Day),
            ("yyyy-MM", DatePrecision.Month),
            ("yyyy", DatePrecision.Year),
        };
        foreach (var (format, precision) in formats)
        {
            if (DateTime.TryParseExact(value.Trim(), format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
            {
                date = precision switch
                {
                    DatePrecision.Day => Day(DateOnly.FromDateTime(parsed)),
                    DatePrecision.Month => Month(parsed.Year, parsed.Month),
                    _ => Year(parsed.Year),
                };
                return true;
            }
        }

        return false;
    }

    public bool Contains(EventDate other) => Earliest <= other.Earliest && other.Latest <= Latest;

    /// <summary>Slack between two reports of one event dated to the day: a US "Sunday" call is a Chinese "Monday" call.</summary>
    public const int TimeZoneSlackDays = 1;

    public bool Overlaps(EventDate other, int slackDays = 0) =>
        Earliest.AddDays(-slackDays) <= other.Latest && other.Earliest <= Latest.AddDays(slackDays);

    /// <summary>
    /// Whether two reports' dates can be one event's: they overlap, with <see cref="TimeZoneSlackDays"/> of slack
    /// only between two known days; "May" and "June" do not touch.
    /// </summary>
    public bool CanBeSameEventAs(EventDate other) =>
        Overlaps(other, Precision == DatePrecision.Day && other.Precision == DatePrecision.Day ? TimeZoneSlackDays : 0);

    public override string ToString() => Precision switch
    {
        DatePrecision.Day => Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        DatePrecision.Month => Earliest.ToString("yyyy-MM", CultureInfo.InvariantCulture),
        _ => Earliest.ToString("yyyy", CultureInfo.InvariantCulture),
    };
}
