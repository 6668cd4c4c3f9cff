namespace Timeline.Extraction.Dates;

/// <summary>
/// A date or time reference found in text, with [Start, End) offsets into the string given to the finder.
/// Which of the optional fields matter depends on <see cref="Kind"/>. <see cref="Current"/> marks "this summer":
/// the one of the document's year, unless the clause's tense says otherwise.
/// </summary>
public sealed record TemporalExpression(
    int Start,
    int End,
    string Text,
    TemporalKind Kind,
    int? Year = null,
    int? Month = null,
    int? Day = null,
    DayOfWeek? Weekday = null,
    int Shift = 0,
    int? Amount = null,
    TemporalUnit? Unit = null,
    int? Part = null,
    string? Holiday = null,
    bool Current = false)
{
    /// <summary>True for dates that carry their own year and need no anchor.</summary>
    public bool IsAbsolute => Kind == TemporalKind.Calendar && Year is not null;
}
