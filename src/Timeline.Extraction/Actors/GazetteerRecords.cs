namespace Timeline.Extraction.Actors;

// The shapes of the JSON files under Data/gazetteer/.
internal sealed record PersonRecord(
    string Id,
    string Name,
    string Country,
    string? Surname,
    bool Standalone,
    string[]? Aliases,
    RoleRecord[]? Roles);

internal sealed record RoleRecord(string Title, DateOnly? Start, DateOnly? End);

internal sealed record CountryRecord(string Id, string Name, string[] Aliases, string[]? Metonyms, string[]? Adjectives);

internal sealed record OrganizationRecord(string Id, string Name, string? Country, string[]? Aliases);

internal sealed record TitleRecord(string Title, string[] Phrases, string? Country, string[]? Covers);

internal sealed record ResolutionRules(
    string[] CollectiveNouns,
    string[] NotActors,
    string[] PronounSurnames,
    string[] Honorifics,
    string[] CalendarWords,
    string[] LocativeWords,
    string[] NonNameWords,
    string[] TitleConnectors);
