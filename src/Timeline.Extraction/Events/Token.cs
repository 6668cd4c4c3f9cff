namespace Timeline.Extraction.Events;

/// <summary>A word of a sentence, lowercased, with its [Start, End) offsets in the text it came from.</summary>
public readonly record struct Token(string Lower, int Start, int End);

public static class Tokenizer
{
    /// <summary>
    /// Splits text into words as trigger phrases are written (Actors' WordTokenizer instead drops dots, splits
    /// off "'s" and keeps punctuation, which the gazetteer's keys need): letters and digits, keeping inner apostrophes, hyphens and dots
    /// ("U.S.", "swearing-in", "Washington's") inside one word. Plain character scanning: no regex, linear time.
    /// </summary>
    public static IReadOnlyList<Token> Tokenize(string text, int offset = 0)
    {
        var tokens = new List<Token>();
        var i = 0;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }

            var start = i;
            while (i < text.Length && (char.IsLetterOrDigit(text[i]) || IsInnerJoiner(text, i)))
            {
                i++;
            }

            tokens.Add(new Token(Normalize(text.AsSpan(start, i - start)), start + offset, i + offset));
        }

        return tokens;
    }

    /// <summary>How many of the (ordered) tokens end at or before <paramref name="offset"/>: a binary search.</summary>
    public static int CountEndingBy(IReadOnlyList<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].End <= offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }

    /// <summary>The last token ending at or before <paramref name="offset"/>, or the default token.</summary>
    public static Token Before(IReadOnlyList<Token> tokens, int offset) =>
        CountEndingBy(tokens, offset) is var count and > 0 ? tokens[count - 1] : default;

    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '\'' or '’' or '-' or '.'
        && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i + 1])
        && i > 0
        && char.IsLetterOrDigit(text[i - 1]);

    private static string Normalize(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant().Replace('’', '\'');
}
