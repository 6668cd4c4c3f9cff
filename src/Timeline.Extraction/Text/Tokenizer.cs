namespace Timeline.Extraction.Text;

/// <summary>
/// Splits text into words and punctuation. Dots inside abbreviations are kept in the token but dropped from
/// its key ("U.S." and "US" both key "us"), possessive "'s" becomes its own token, and each CJK character is a token.
/// </summary>
public static class Tokenizer
{
    public static List<Token> Tokenize(string text) => Tokenize(text, 0, text.Length);

    public static List<Token> Tokenize(string text, int start, int end)
    {
        // Words and punctuation together come to about one token per four to five characters of news prose;
        // sized up front so the list rarely grows.
        var tokens = new List<Token>(Math.Max(4, (end - start) / 4));
        var i = start;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (IsCjk(c))
            {
                tokens.Add(new Token(i, i + 1, c.ToString(), TokenShape.Cjk));
                i++;
            }
            else if (char.IsLetterOrDigit(c))
            {
                i = ReadWord(text, i, end, tokens);
            }
            else
            {
                tokens.Add(new Token(i, i + 1, NormalizePunctuation(c), TokenShape.Punctuation));
                i++;
            }
        }

        return tokens;
    }

    private static int ReadWord(string text, int start, int end, List<Token> tokens)
    {
        var i = start;
        while (i < end && (char.IsLetterOrDigit(text[i]) && !IsCjk(text[i])
            || IsJoiner(text[i]) && i + 1 < end && char.IsLetterOrDigit(text[i + 1]) && !IsCjk(text[i + 1])))
        {
            i++;
        }

        if (i < end && text[i] == '.' && IsInitials(text, start, i))
        {
            i++;
        }

        var possessive = i - start > 2 && text[i - 1] is 's' && text[i - 2] is '\'' or '’';
        var wordEnd = possessive ? i - 2 : i;
        tokens.Add(new Token(start, wordEnd, Key(text, start, wordEnd), Shape(text, start, wordEnd)));
        if (possessive)
        {
            tokens.Add(new Token(wordEnd, i, "'s", TokenShape.Lower));
        }

        return i;
    }

    // "U.S", "J", "D.C": single letters separated by dots, so a following dot belongs to the abbreviation.
    private static bool IsInitials(string text, int start, int end)
    {
        for (var i = start; i < end; i++)
        {
            var letterSlot = (i - start) % 2 == 0;
            if (letterSlot ? !char.IsLetter(text[i]) : text[i] != '.')
            {
                return false;
            }
        }

        return (end - start) % 2 == 1;
    }

    private static string Key(string text, int start, int end)
    {
        var word = text.AsSpan(start, end - start);
        Span<char> key = word.Length <= 64 ? stackalloc char[word.Length] : new char[word.Length];
        var length = 0;
        foreach (var c in word)
        {
            if (c != '.')
            {
                key[length++] = c == '’' ? '\'' : char.ToLowerInvariant(c);
            }
        }

        return new string(key[..length]);
    }

    private static TokenShape Shape(string text, int start, int end)
    {
        if (char.IsDigit(text[start]))
        {
            return TokenShape.Number;
        }

        if (!char.IsUpper(text[start]))
        {
            return TokenShape.Lower;
        }

        var letters = 0;
        for (var i = start; i < end; i++)
        {
            if (char.IsLower(text[i]))
            {
                return TokenShape.Capitalized;
            }

            letters += char.IsLetter(text[i]) ? 1 : 0;
        }

        return letters >= 2 ? TokenShape.Upper : TokenShape.Capitalized;
    }

    private static bool IsJoiner(char c) => c is '.' or '\'' or '’' or '-';

    internal static bool IsCjk(char c) => c is >= '\u4e00' and <= '\u9fff' or >= '\u3400' and <= '\u4dbf';

    private static string NormalizePunctuation(char c) => c switch
    {
        '’' or '‘' => "'",
        '“' or '”' => "\"",
        '–' or '—' => "-",
        _ => c.ToString(),
    };
}
