namespace Timeline.Extraction.Sentences;

/// <summary>Whether terminal punctuation at a position ends a sentence, and where the sentence then ends.</summary>
internal static class BoundaryRules
{
    private const string Closers = "\"'”’)]»";
    private const string Openers = "\"'“‘([«";

    /// <summary>The last position of the run of terminal punctuation starting at <paramref name="i"/>, or i itself.</summary>
    public static int LastOfRun(string text, int i, int lineEnd)
    {
        var last = i;
        while (last + 1 < lineEnd && IsTerminal(text[last]) && IsTerminal(text[last + 1]))
        {
            last++;
        }

        return last;
    }

    private static bool IsTerminal(char c) => c is '.' or '!' or '?' or '…';

    /// <summary>Returns the end offset of the sentence when the character at <paramref name="i"/> ends one, else 0.</summary>
    public static int EndAfter(string text, int i, int lineEnd)
    {
        var c = text[i];
        if (c is not ('.' or '!' or '?' or '…'))
        {
            return 0;
        }

        var end = i + 1;
        while (end < lineEnd && (text[end] is '.' or '!' or '?' or '…'))
        {
            end++;
        }

        while (end < lineEnd && Closers.Contains(text[end]))
        {
            end++;
        }

        if (end >= lineEnd)
        {
            return 0;
        }

        if (text[end] != ' ')
        {
            // "said.The US": a missing space after a full stop between two words.
            return c == '.' && end == i + 1 && IsGluedSentence(text, i, lineEnd) ? end : 0;
        }

        var next = end;
        while (next < lineEnd && text[next] == ' ')
        {
            next++;
        }

        if (next >= lineEnd || !StartsSentence(text[next], text, next, lineEnd))
        {
            return 0;
        }

        return c == '.' && end == i + 1 && IsAbbreviation(text, i, next) ? 0 : end;
    }

    private static bool StartsSentence(char c, string text, int at, int lineEnd) =>
        char.IsUpper(c) || char.IsDigit(c) || (Openers.Contains(c) && at + 1 < lineEnd && (char.IsUpper(text[at + 1]) || char.IsDigit(text[at + 1])));

    private static bool IsAbbreviation(string text, int period, int next)
    {
        var start = period;
        while (start > 0 && (char.IsLetter(text[start - 1]) || text[start - 1] is '.' or '-' or '\''))
        {
            start--;
        }

        var word = text[start..period];
        if (word.Length == 0)
        {
            return false;
        }

        // Initials: "Janet L. Yellen", "J. Smith"; a lone capital before a full stop is nearly never a sentence end.
        if (word.Length == 1 && char.IsUpper(word[0]))
        {
            return true;
        }

        var abbreviations = Abbreviations.Instance;

        // "J.D. Vance": dotted initials, like a lone initial, do not end a sentence.
        if (IsDottedInitials(word))
        {
            return true;
        }

        if (abbreviations.BeforeNumberOnly.Contains(word))
        {
            return char.IsDigit(text[next]);
        }

        return abbreviations.Always.Contains(word) || abbreviations.Always.Contains(word.TrimStart('-'));
    }

    private static bool IsDottedInitials(string word) =>
        word.Length >= 3 && word.Length % 2 == 1 && word.Where((c, k) => k % 2 == 0 ? char.IsUpper(c) : c == '.').Count() == word.Length;

    private static bool IsGluedSentence(string text, int period, int lineEnd)
    {
        if (period < 2 || period + 2 >= lineEnd)
        {
            return false;
        }

        return char.IsLower(text[period - 1]) && char.IsLower(text[period - 2])
            && char.IsUpper(text[period + 1]) && char.IsLower(text[period + 2]);
    }
}
