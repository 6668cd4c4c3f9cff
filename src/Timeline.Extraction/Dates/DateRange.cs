namespace Timeline.Extraction.Dates;

/// <summary>An inclusive range of days.</summary>
public sealed record DateRange(DateOnly Earliest, DateOnly Latest)
{
    public bool Contains(DateOnly day) => Earliest <= day && day <= Latest;
}
