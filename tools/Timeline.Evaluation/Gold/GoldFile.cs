namespace Timeline.Evaluation.Gold;

/// <summary>One annotated article, as described in shared/eval/FORMAT.md.</summary>
public sealed record GoldFile(
    GoldArticle Article,
    bool Exhaustive,
    IReadOnlyList<GoldEvent> ExpectedEvents)
{
    /// <summary>Folder the file was loaded from, as given on the command line.</summary>
    public string Folder { get; init; } = "";

    /// <summary>Folder name and file name ("dev/dev_01.json"), naming the file in reports.</summary>
    public string Name { get; init; } = "";
}

public sealed record GoldArticle(
    string? Url,
    string? Title,
    string? Publisher,
    string? PublishedAt,
    string? Language,
    string Text);

public sealed record GoldEvent(
    string Key,
    string Date,
    int ToleranceDays,
    string Type,
    IReadOnlyList<string> Participants,
    string? Location,
    bool Required,
    string? Note);
