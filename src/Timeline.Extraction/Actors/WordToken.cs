namespace Timeline.Extraction.Actors;

internal enum WordShape
{
    Lower,
    Capitalized,
    Upper,
    Cjk,
    Number,
    Punctuation,
}

/// <summary>A word or punctuation mark at [Start, End) of the text; <see cref="Key"/> is lowercased without dots.</summary>
internal readonly record struct WordToken(int Start, int End, string Key, WordShape Shape)
{
    public bool IsWord => Shape is WordShape.Lower or WordShape.Capitalized or WordShape.Upper;

    public bool StartsUpper => Shape is WordShape.Capitalized or WordShape.Upper;
}
