using Timeline.Data.Entities;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>Converts between extracted events, stored claims (event_sources rows) and <see cref="Claim"/>s.</summary>
public static class ClaimMapping
{
    public static Claim ToClaim(this ExtractedEvent extracted) => new(
        EventTypes.ToApi(extracted.Type),
        extracted.CameoCode,
        extracted.Date,
        extracted.Location,
        extracted.Participants
            .Select(p => new ClaimActor(p.Actor.Id, EventTypes.ToApi(p.Actor.Kind), p.Role))
            .DistinctBy(p => p.ActorId)
            .ToList(),
        extracted.Title,
        extracted.Summary,
        extracted.Confidence,
        extracted.Topics);

    public static Claim ToClaim(this EventSource source, string type) => new(
        type,
        source.CameoCode,
        EventTypes.ToEventDate(source.Earliest, source.Latest, source.Precision),
        source.Location,
        source.Participants.Select(p => new ClaimActor(p.ActorId, p.Kind, p.Role)).ToList(),
        source.Title,
        source.Summary,
        source.Confidence,
        source.Topics);

    public static EventSource ToSource(this ExtractedEvent extracted, Guid eventId, Guid articleId) => new()
    {
        EventId = eventId,
        ArticleId = articleId,
        CameoCode = extracted.CameoCode,
        Earliest = extracted.Date?.Earliest,
        Latest = extracted.Date?.Latest,
        Precision = extracted.Date is { } date ? EventTypes.ToApi(date.Precision) : null,
        Location = extracted.Location,
        Title = extracted.Title,
        Summary = extracted.Summary,
        Confidence = extracted.Confidence,
        Topics = extracted.Topics.ToList(),
        Participants = extracted.Participants
            .DistinctBy(p => p.Actor.Id)
            .Select(p => new ClaimParticipant { ActorId = p.Actor.Id, Kind = EventTypes.ToApi(p.Actor.Kind), Role = p.Role })
            .ToList(),
        Evidence = extracted.Evidence.Select(e => new EvidenceSpan { Text = e.Text, Start = e.Start, End = e.End }).ToList(),
        EvidenceText = string.Join(" ", extracted.Evidence.Select(e => e.Text)),
    };

    /// <summary>A copy of a stored claim for another event; the key changes, so the row is replaced rather than updated.</summary>
    public static EventSource MovedTo(this EventSource source, Guid eventId) => new()
    {
        EventId = eventId,
        ArticleId = source.ArticleId,
        CameoCode = source.CameoCode,
        Earliest = source.Earliest,
        Latest = source.Latest,
        Precision = source.Precision,
        Location = source.Location,
        Title = source.Title,
        Summary = source.Summary,
        Confidence = source.Confidence,
        Topics = source.Topics.ToList(),
        Participants = source.Participants
            .Select(p => new ClaimParticipant { ActorId = p.ActorId, Kind = p.Kind, Role = p.Role })
            .ToList(),
        Evidence = source.Evidence.Select(e => new EvidenceSpan { Text = e.Text, Start = e.Start, End = e.End }).ToList(),
        EvidenceText = source.EvidenceText,
    };

    /// <summary>Writes the derived values onto the stored event, replacing its participants.</summary>
    public static void Apply(this Event entity, DerivedEvent derived)
    {
        entity.Type = derived.Type;
        entity.CameoCode = derived.CameoCode;
        entity.Earliest = derived.Date?.Earliest;
        entity.Latest = derived.Date?.Latest;
        entity.Precision = derived.Date is { } date ? EventTypes.ToApi(date.Precision) : null;
        entity.SortDate = derived.Date?.Earliest ?? UndatedSortDate;
        entity.Location = derived.Location;
        entity.Title = derived.Title;
        entity.Summary = derived.Summary;
        entity.Confidence = derived.Confidence;
        entity.Topics = derived.Topics.ToList();
        entity.Participants.RemoveAll(p => derived.Participants.All(d => d.ActorId != p.ActorId));
        foreach (var participant in derived.Participants)
        {
            var existing = entity.Participants.FirstOrDefault(p => p.ActorId == participant.ActorId);
            if (existing is null)
            {
                entity.Participants.Add(new Timeline.Data.Entities.EventParticipant { EventId = entity.Id, ActorId = participant.ActorId, Role = participant.Role });
            }
            else
            {
                existing.Role = participant.Role;
            }
        }
    }

    /// <summary>Undated events sort after every dated one.</summary>
    public static readonly DateOnly UndatedSortDate = new(9999, 12, 31);
}
