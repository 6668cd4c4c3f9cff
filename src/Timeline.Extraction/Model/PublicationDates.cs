namespace Timeline.Extraction.Model;

/// <summary>
/// The publication dates the service believes: a date outside these years is a typo or a placeholder (0001-01-01,
/// 9999-12-31), and resolving relative dates from it would run off the calendar.
/// </summary>
public static class PublicationDates
{
    public static readonly DateOnly Earliest = new(1900, 1, 1);

    public static readonly DateOnly Latest = new(2100, 12, 31);

    public static bool IsPlausible(DateOnly date) => date >= Earliest && date <= Latest;
}
