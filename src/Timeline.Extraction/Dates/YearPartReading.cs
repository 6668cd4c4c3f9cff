using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Quarters, halves and seasons as dates: a value names the part ("1989-Q3"), the date is at best its year, or its
/// month when it lies inside one, and nothing when it crosses a year (a winter) unless the text gives the year.
/// </summary>
internal static class YearPartReading
{
    public static DateReading InYear(TemporalExpression expression, int year)
    {
        if (expression.Part is not { } part)
        {
            return DateReading.Of(EventDate.Year(year));
        }

        var period = PeriodOf(expression.Kind, year, part);
        return new DateReading(EventDate.Covering(period.Start, period.End) ?? EventDate.Year(year), Name(expression.Kind, year, part));
    }

    /// <summary>
    /// Without a year: "last quarter", "this quarter" count from the anchor's own quarter; "the third quarter", "in the
    /// summer" are placed by direction; "last summer" is the latest that has ended, "next summer" the one after this.
    /// </summary>
    public static DateReading Relative(TemporalExpression expression, EventDate anchor, TemporalDirection direction)
    {
        var kind = expression.Kind;
        if (anchor.Precision == DatePrecision.Year)
        {
            // Only the anchor's own year is safe, and a winter is not inside one.
            return expression.Part is { } own && expression.Shift == 0 && !(kind == TemporalKind.Season && own == 4)
                ? InYear(expression, anchor.Earliest.Year)
                : DateReading.None;
        }

        var here = new Period(anchor.Earliest, anchor.Latest);
        (int Year, int Part)? chosen = expression.Part is not { } part ? Own(kind, anchor.Earliest, expression.Shift)
            : expression.Current && direction == TemporalDirection.Unknown ? (ThisYears(kind, part, anchor.Earliest), part)
            : Place(kind, part, expression.Shift, here, direction);
        return chosen is { } c ? Of(kind, c.Year, c.Part) : DateReading.None;
    }

    /// <summary>"this summer" is the document year's; "this winter" the one under way or, from March on, the coming one.</summary>
    private static int ThisYears(TemporalKind kind, int part, DateOnly anchor) =>
        kind == TemporalKind.Season && part == 4 ? YearParts.SeasonOf(anchor) is (var year, 4) ? year : anchor.Year + 1 : anchor.Year;

    /// <summary>The anchor's own quarter or half moved by the shift ("last quarter"); a season needs its name.</summary>
    private static (int, int)? Own(TemporalKind kind, DateOnly anchor, int shift)
    {
        var (size, part) = kind switch
        {
            TemporalKind.Quarter => (4, YearParts.QuarterOf(anchor)),
            TemporalKind.Half => (2, YearParts.HalfOf(anchor)),
            _ => (0, 0),
        };
        if (size == 0)
        {
            return null;
        }

        var index = (anchor.Year * size) + part - 1 + shift;
        return (index / size, (index % size) + 1);
    }

    private static (int, int)? Place(TemporalKind kind, int part, int shift, Period anchor, TemporalDirection direction)
    {
        var occurrences = Occurrences.Yearly(anchor, year => PeriodOf(kind, year, part)).ToList();
        Period? picked = shift switch
        {
            < 0 => occurrences.Where(o => o.End < anchor.Start).Select(o => (Period?)o).LastOrDefault(),
            > 0 => Occurrences.Pick(occurrences, anchor, TemporalDirection.Unknown) is { } current
                ? occurrences.Where(o => o.Start > current.End).Select(o => (Period?)o).FirstOrDefault()
                : null,
            _ => Occurrences.Pick(occurrences, anchor, direction),
        };
        return picked is { } found ? (YearOf(kind, found), part) : null;
    }

    private static int YearOf(TemporalKind kind, Period period) => kind == TemporalKind.Season ? period.End.Year : period.Start.Year;

    private static DateReading Of(TemporalKind kind, int year, int part)
    {
        var period = PeriodOf(kind, year, part);
        return new DateReading(EventDate.Covering(period.Start, period.End), Name(kind, year, part));
    }

    private static Period PeriodOf(TemporalKind kind, int year, int part) => kind switch
    {
        TemporalKind.Quarter => YearParts.Quarter(year, part),
        TemporalKind.Half => YearParts.Half(year, part),
        _ => YearParts.Season(year, part),
    };

    private static string Name(TemporalKind kind, int year, int part) => kind switch
    {
        TemporalKind.Quarter => YearParts.QuarterName(year, part),
        TemporalKind.Half => YearParts.HalfName(year, part),
        _ => YearParts.SeasonName(year, part),
    };
}
