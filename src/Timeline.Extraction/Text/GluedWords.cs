namespace Timeline.Extraction.Text;

/// <summary>
/// Scraped pages lose the space where a line broke: "the Deputy Foreign Minister, Xi Fengexpressed strong protests",
/// "Nancy Pelosistate media reported". A capitalized word that begins with a known name and goes on with a word the
/// text or the lexicon knows is read as the two words (the text itself is left as it is, so evidence stays verbatim).
/// </summary>
internal sealed class GluedWords(IReadOnlySet<string> nameParts, Func<string, bool> isKnownWord)
{
    /// <summary>A shorter name ("Li", "Xi") or tail would split ordinary words.</summary>
    private const int MinNameLength = 3;

    private const int MinTailLength = 4;

    public Document Separate(Document document)
    {
        // Most articles have no word that begins with a name: the text's own words are only listed for those that do.
        HashSet<string>? lowerWords = null;
        bool IsWord(string tail)
        {
            lowerWords ??= document.Tokens.Where(t => t.Shape == TokenShape.Lower).Select(t => t.Key).ToHashSet(StringComparer.Ordinal);
            return lowerWords.Contains(tail) || isKnownWord(tail);
        }

        return document.Tokens.Any(t => NameLength(t, IsWord) > 0) ? document.WithTokensSplit(t => Split(t, IsWord)) : document;
    }

    private IEnumerable<Token> Split(Token token, Func<string, bool> isWord)
    {
        var length = NameLength(token, isWord);
        if (length == 0)
        {
            return [token];
        }

        var cut = token.Start + length;
        return
        [
            new Token(token.Start, cut, token.Key[..length], TokenShape.Capitalized),
            new Token(cut, token.End, token.Key[length..], TokenShape.Lower),
        ];
    }

    /// <summary>The length of the known name the token is glued from, or 0 when it is one word.</summary>
    private int NameLength(Token token, Func<string, bool> isWord)
    {
        var key = token.Key;
        if (token.Shape != TokenShape.Capitalized || key.Length != token.End - token.Start || key.Length < MinNameLength + MinTailLength
            || nameParts.Contains(key))
        {
            return 0;
        }

        for (var length = key.Length - MinTailLength; length >= MinNameLength; length--)
        {
            if (nameParts.Contains(key[..length]) && isWord(key[length..]))
            {
                return length;
            }
        }

        return 0;
    }
}
