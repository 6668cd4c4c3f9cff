namespace Timeline.Extraction.Dates;

public enum TemporalKind
{
    /// <summary>A calendar date, possibly partial: year, month and day as far as the text gives them.</summary>
    Calendar,

    /// <summary>A weekday ("on Monday", "last Friday"); Shift -1 means strictly before the anchor, +1 after it.</summary>
    Weekday,

    /// <summary>Days from the anchor: yesterday -1, today 0, tomorrow +1.</summary>
    DayOffset,

    /// <summary>A Monday–Sunday week: this week 0, last week -1, next week +1.</summary>
    Week,

    /// <summary>A Saturday–Sunday weekend: this/the weekend 0, last weekend -1.</summary>
    Weekend,

    /// <summary>A month relative to the anchor month: this month 0, last month -1.</summary>
    Month,

    /// <summary>A year relative to the anchor year: this year 0, last year -1.</summary>
    Year,

    /// <summary>"two weeks ago", "a few days ago": Amount units back, null Amount for a vague few.</summary>
    Ago,

    /// <summary>"on the 3rd": a day of the anchor month or the one before.</summary>
    OrdinalDay,

    /// <summary>A quarter: Part 1–4 with or without a year ("Q3 2024", "the third quarter"), or relative ("last quarter": no Part, Shift -1).</summary>
    Quarter,

    /// <summary>A half year: Part 1–2 ("the first half of 2023"), or relative ("the second half": Part, no year).</summary>
    Half,

    /// <summary>A season: Part 1 spring, 2 summer, 3 fall, 4 winter; with a year, or relative (Shift -1 "last summer", +1 "next").</summary>
    Season,

    /// <summary>A named holiday (Holiday holds its key in Data/date-words.json), with a year or relative.</summary>
    Holiday,

    /// <summary>A fiscal year: "fiscal 1989", "FY2025" (Year), or relative ("next fiscal year": Shift +1).</summary>
    FiscalYear,

    /// <summary>"a year earlier", "two months later": Amount units from a reference date, Shift -1 earlier or +1 later.</summary>
    Offset,

    /// <summary>A decade: "the 1990s" (Year holds its first year).</summary>
    Decade,
}
