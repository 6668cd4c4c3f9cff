using Timeline.Extraction.Model;

namespace Timeline.Extraction.Actors;

/// <summary>A title as the text may write it, with the gazetteer role titles it stands for.</summary>
internal sealed record TitleDefinition(string Title, string? Country, IReadOnlySet<string> Covers)
{
    /// <summary>Words like "counterpart" describe a person without naming an office.</summary>
    public bool IsOffice => Covers.Count > 0;
}

/// <summary>What a phrase in the text can be: the values stored in the gazetteer's phrase trie.</summary>
internal abstract record Entry;

internal sealed record NameEntry(Actor Actor) : Entry;

internal sealed record CountryEntry(Actor Country, bool IsMetonym) : Entry;

internal sealed record AdjectiveEntry(Actor Country) : Entry;

internal sealed record TitleEntry(TitleDefinition Title) : Entry;

internal sealed record CollectiveEntry : Entry;

internal sealed record NotActorEntry : Entry;

internal sealed record HonorificEntry : Entry;
