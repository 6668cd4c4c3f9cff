namespace Timeline.Extraction.Model;

public enum ActorKind
{
    Person,
    Country,
    Organization,
}

/// <summary>A title an actor held, with the dates it was held (open ends are null).</summary>
public sealed record ActorRole(string Title, DateOnly? Start, DateOnly? End)
{
    public bool HeldOn(DateOnly day) => (Start is null || Start <= day) && (End is null || day <= End);
}

/// <summary>
/// A person, country or organization. <see cref="Id"/> is a stable slug ("wang-yi", "united-states").
/// <see cref="Country"/> is the canonical name of the country the actor belongs to or acts for.
/// </summary>
public sealed record Actor(
    string Id,
    string Name,
    ActorKind Kind,
    string? Country,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<ActorRole> Roles);
