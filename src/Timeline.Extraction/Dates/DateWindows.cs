namespace Timeline.Extraction.Dates;

/// <summary>
/// A set of days as disjoint ranges: when an article could have been written. Each titled person named narrows it to
/// the periods they held that title ("President Trump": 2017–2021 or from 2025), so it stays a union of ranges.
/// </summary>
public sealed class DateWindows
{
    private DateWindows(IReadOnlyList<DateRange> ranges) => Ranges = ranges;

    public static DateWindows Always { get; } = new([new DateRange(DateOnly.MinValue, DateOnly.MaxValue)]);

    public IReadOnlyList<DateRange> Ranges { get; }

    public bool IsEmpty => Ranges.Count == 0;

    public bool IsAlways => Ranges is [{ } only] && only.Earliest == DateOnly.MinValue && only.Latest == DateOnly.MaxValue;

    public DateOnly Earliest => Ranges[0].Earliest;

    public DateOnly Latest => Ranges[^1].Latest;

    /// <summary>The days in every one of the unions; unions that contradict the rest are left out, as a title may be misread.</summary>
    public static DateWindows Intersect(IEnumerable<IReadOnlyList<DateRange>> unions)
    {
        var result = Always;
        foreach (var union in unions.Where(u => u.Count > 0))
        {
            var narrowed = result.Narrow(union);
            if (!narrowed.IsEmpty)
            {
                result = narrowed;
            }
        }

        return result;
    }

    public bool Contains(DateOnly day) => Ranges.Any(r => r.Contains(day));

    /// <summary>The days of this set that are not before <paramref name="day"/>.</summary>
    public DateWindows From(DateOnly day) => Narrow([new DateRange(day, DateOnly.MaxValue)]);

    private DateWindows Narrow(IReadOnlyList<DateRange> union) =>
        new(Ranges.SelectMany(a => union.Select(b => (Start: Max(a.Earliest, b.Earliest), End: Min(a.Latest, b.Latest))))
            .Where(r => r.Start <= r.End)
            .OrderBy(r => r.Start)
            .Select(r => new DateRange(r.Start, r.End))
            .ToList());

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
