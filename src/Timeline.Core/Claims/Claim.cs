using Timeline.Extraction.Model;

namespace Timeline.Core.Claims;

/// <summary>
/// What one article says about one event: the unit that merging compares and derives from, and everything a same-event
/// judge may look at (<see cref="Merging.ISameEventJudge"/>): type, CAMEO code, date, place, participants, topics,
/// title, and the article's publisher and publication date.
/// </summary>
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
    /// <summary>The publisher of the article making the claim, when known (not compared by the rules).</summary>
    public string? Publisher { get; init; }

    /// <summary>The publication date of the article making the claim, when known.</summary>
    public DateOnly? PublishedAt { get; init; }

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
/// who acts from whom an act falls on (claims stored before it was recorded read as not acting). <see cref="Country"/>
/// is the country (side) the actor belongs to or acts for, when known.
/// </summary>
public sealed record ClaimActor(string ActorId, string Kind, string? Role, bool Acts = false, string? Country = null);
