namespace Timeline.Data.Entities;

/// <summary>An actor taking part in an event, with the title they held then.</summary>
public sealed class EventParticipant
{
    public Guid EventId { get; set; }

    public required string ActorId { get; set; }

    public string? Role { get; set; }

    public Event Event { get; set; } = null!;

    public Actor Actor { get; set; } = null!;
}
