namespace Timeline.Extraction.Text;

public enum TokenShape
{
    Lower,
    Capitalized,
    Upper,
    Cjk,
    Number,
    Punctuation,
}

/// <summary>A word or punctuation mark at [Start, End) of the text; <see cref="Key"/> is lowercased without dots.</summary>
public readonly record struct Token(int Start, int End, string Key, TokenShape Shape)
{
    public bool IsWord => Shape is TokenShape.Lower or TokenShape.Capitalized or TokenShape.Upper;

    public bool StartsUpper => Shape is TokenShape.Capitalized or TokenShape.Upper;
}
