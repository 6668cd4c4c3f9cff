namespace Timeline.Extraction.Dates;

/// <summary>Where the text places a date it writes without a year or week: before or after the document date.</summary>
public enum TemporalDirection
{
    /// <summary>No tense or cue word says; the resolver takes the nearest reading.</summary>
    Unknown,

    /// <summary>"met on Thursday", "said March 12", "was held last": on or before the document date.</summary>
    Past,

    /// <summary>"will meet on Thursday", "is due to start March 12", "the upcoming talks": on or after it.</summary>
    Future,
}
