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
}
