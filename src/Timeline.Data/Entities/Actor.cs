namespace Timeline.Data.Entities;

/// <summary>A person, country or organization; <see cref="Id"/> is a stable slug such as "wang-yi".</summary>
public sealed class Actor
{
    public required string Id { get; set; }

    public required string Name { get; set; }

    /// <summary>person, country or organization.</summary>
    public required string Kind { get; set; }

    public string? Country { get; set; }

    public List<string> Aliases { get; set; } = [];

    public List<EventParticipant> Participations { get; set; } = [];
}
