using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>What one article says about one event: the unit that merging compares and derives from.</summary>
public sealed record Claim(
    string Type,
    string? CameoCode,
    EventDate? Date,
    string? Location,
    IReadOnlyList<ClaimActor> Participants,
    string Title,
    string Summary,
    double Confidence,
    IReadOnlyList<string> Topics)
{
    /// <summary>The two-digit CAMEO root ("04" consult, "17" coerce); empty when the event has no code.</summary>
    public string CameoRoot => CameoCode is { Length: >= 2 } code ? code[..2] : string.Empty;

    public IReadOnlySet<string> ActorIds(string kind) =>
        Participants.Where(p => p.Kind == kind).Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);

    /// <summary>The countries that act: the side imposing a tariff, not the one it falls on.</summary>
    public IReadOnlySet<string> ActingCountries =>
        Participants.Where(p => p.Kind == "country" && p.Acts).Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);
}

/// <summary>
/// A participant as a claim names it; <see cref="Kind"/> is person, country or organization. <see cref="Acts"/> tells
/// who acts from whom an act falls on (claims stored before it was recorded read as not acting).
/// </summary>
public sealed record ClaimActor(string ActorId, string Kind, string? Role, bool Acts = false);
