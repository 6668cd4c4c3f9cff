using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>
/// What a date expression resolves to: the <see cref="EventDate"/> that holds it (a day, a month or a year; null when
/// none does without claiming more than the text says), and its TIMEX3-style value ("2025-03-12", "1989-Q3",
/// "2023-SU", "FY1989", "2025-W21", "199"), which can be finer than the date: a quarter is a value but only a year date.
/// </summary>
public sealed record DateReading(EventDate? Date, string? Value)
{
    public static DateReading None { get; } = new(null, null);

    public static DateReading Of(EventDate? date) => new(date, date?.ToString());
}
