using Timeline.Extraction.Model;

namespace Timeline.Bench.Archive;

/// <summary>One real-world event of the synthetic world, before any outlet writes about it.</summary>
public sealed record Story(
    int Number,
    StoryKind Kind,
    DateOnly Date,
    Person Subject,
    Person? Counterpart,
    string? City);

public enum StoryKind
{
    Call,
    Meeting,
    Talks,
    Agreement,
    Statement,
    Accusation,
    Tariff,
    ExportControl,
    Sanction,
}

/// <summary>A gazetteer person with the title they held on the story's date.</summary>
public sealed record Person(Actor Actor, string Title, string Country)
{
    public string Name => Actor.Name;

    public string Surname => Actor.Name.Split(' ')[^1];

    /// <summary>"Chinese Foreign Minister Wang Yi", "U.S. Secretary of State Marco Rubio".</summary>
    public string Introduced => $"{Demonym} {Title} {Name}";

    public string Demonym => Country == "China" ? "Chinese" : "U.S.";
}
