namespace Timeline.Core.Corrections;

/// <summary>Where an event's values come from, as the API shows it (lower-case on the wire).</summary>
public enum EventStatus
{
    Extracted,
    Verified,
    Corrected,
    Added,
    Hidden,
}
