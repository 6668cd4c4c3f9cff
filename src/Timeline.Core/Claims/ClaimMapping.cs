using Timeline.Extraction.Model;

namespace Timeline.Core.Claims;

/// <summary>An extracted event becomes a <see cref="Claim"/> once; merging, deriving and storing all work on that shape.</summary>
public static class ClaimMapping
{
    public static Claim ToClaim(this ExtractedEvent extracted, string? publisher = null, DateOnly? publishedAt = null) => new(
        EventTypes.ToApi(extracted.Type),
        extracted.CameoCode,
        extracted.Date,
        extracted.Location,
        extracted.Participants
            .Select(p => new ClaimActor(p.Actor.Id, EventTypes.ToApi(p.Actor.Kind), p.Role, p.Acts, p.Actor.Country))
            .DistinctBy(p => p.ActorId)
            .ToList(),
        extracted.Title,
        extracted.Summary,
        extracted.Confidence,
        extracted.Topics)
    {
        Publisher = publisher,
        PublishedAt = publishedAt,
    };

    /// <summary>Undated events sort after every dated one.</summary>
    public static readonly DateOnly UndatedSortDate = new(9999, 12, 31);
}
