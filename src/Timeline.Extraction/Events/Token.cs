namespace Timeline.Extraction.Events;

/// <summary>A word of a sentence, lowercased, with its [Start, End) offsets in the text it came from.</summary>
public readonly record struct Token(string Lower, int Start, int End);

public static class Tokenizer
{
    /// <summary>
    /// Splits text into words: letters and digits, keeping inner apostrophes, hyphens and dots
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

    private static bool IsInnerJoiner(string text, int i) =>
        text[i] is '\'' or '’' or '-' or '.'
        && i + 1 < text.Length
        && char.IsLetterOrDigit(text[i + 1])
        && i > 0
        && char.IsLetterOrDigit(text[i - 1]);

    private static string Normalize(ReadOnlySpan<char> word) => word.ToString().ToLowerInvariant().Replace('’', '\'');
}
