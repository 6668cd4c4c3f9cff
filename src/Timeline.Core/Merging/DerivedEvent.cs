using Timeline.Core.Claims;
using Timeline.Extraction.Model;

namespace Timeline.Core.Merging;

/// <summary>The values an event shows, derived from all of its claims.</summary>
public sealed record DerivedEvent(
    string Type,
    string? CameoCode,
    EventDate? Date,
    string? Location,
    string Title,
    string Summary,
    double Confidence,
    IReadOnlyList<string> Topics,
    IReadOnlyList<ClaimActor> Participants);
