namespace Timeline.Extraction.Dates;

public enum TemporalUnit
{
    Day,
    Week,
    Month,
    Year,
}
