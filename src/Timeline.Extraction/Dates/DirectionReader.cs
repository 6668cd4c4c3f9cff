using Timeline.Extraction.Text;

namespace Timeline.Extraction.Dates;

/// <summary>
/// Reads the clause around a date expression for whether it looks back or ahead: the nearest tense or cue word wins,
/// words before the date a little over words after it, and a comma makes a word count as farther away. So in "said on
/// Monday it will ...", "Monday" belongs to "said" (past); in "will meet on Thursday, officials said", to "will".
/// </summary>
public static class DirectionReader
{
    /// <summary>How far (in characters) around the expression the clause is read; news clauses are shorter.</summary>
    private const int Reach = 240;

    /// <summary>A cue farther than this (in words, commas counting extra) is another clause's.</summary>
    private const double MaxDistance = 12;

    private const double CommaDistance = 2;

    /// <summary>A cue after the date counts as this much farther than one before it: the verb usually comes first.</summary>
    private const double AfterBias = 0.5;

    public static TemporalDirection Read(string text, TemporalExpression expression)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(expression);
        var from = LineStart(text, expression.Start);
        var to = LineEnd(text, expression.End);
        var tokens = Tokenizer.Tokenize(text, Math.Max(from, expression.Start - Reach), Math.Min(to, expression.End + Reach));
        var first = tokens.FindIndex(t => t.End > expression.Start);
        if (first < 0)
        {
            return TemporalDirection.Unknown;
        }

        var last = first;
        while (last + 1 < tokens.Count && tokens[last + 1].Start < expression.End)
        {
            last++;
        }

        var cues = FindCues(tokens, first, last);
        var (before, beforeDistance) = Nearest(tokens, cues, first - 1, -1);
        var (after, afterDistance) = Nearest(tokens, cues, last + 1, 1);
        return beforeDistance <= afterDistance + AfterBias ? before : after;
    }

    private static int LineStart(string text, int at) => text.LastIndexOf('\n', Math.Max(0, at - 1)) + 1;

    private static int LineEnd(string text, int at)
    {
        var end = text.IndexOf('\n', at);
        return end < 0 ? text.Length : end;
    }

    /// <summary>Walks away from the expression until a cue, a sentence or clause break, or the reach.</summary>
    private static (TemporalDirection Direction, double Distance) Nearest(List<Token> tokens, TemporalDirection[] cues, int start, int step)
    {
        var distance = 0.0;
        for (var i = start; i >= 0 && i < tokens.Count && distance <= MaxDistance; i += step)
        {
            var token = tokens[i];
            if (token.Shape == TokenShape.Punctuation)
            {
                if (IsBreak(tokens, i))
                {
                    break;
                }

                distance += token.Key == "," ? CommaDistance : 0;
                continue;
            }

            distance++;
            if (cues[i] != TemporalDirection.Unknown || (token.Shape == TokenShape.Lower && TenseCues.Instance.Modals.Contains(token.Key)))
            {
                return (cues[i], distance + (step > 0 ? AfterBias : 0));
            }
        }

        return (TemporalDirection.Unknown, double.MaxValue);
    }

    /// <summary>
    /// A semicolon, colon, bracket, quotation mark, dash, or the end of a sentence: a dot before a capital that does
    /// not end an abbreviation ("Oct.", "Mr.", "U.S." keep their dots inside the token or are short and capitalized).
    /// </summary>
    private static bool IsBreak(List<Token> tokens, int i)
    {
        var key = tokens[i].Key;
        if (key is ";" or ":" or "(" or ")" or "\"" or "-" or "!" or "?")
        {
            return true;
        }

        if (key != ".")
        {
            return false;
        }

        var before = i > 0 ? tokens[i - 1] : default;
        var abbreviation = before.StartsUpper && before.End - before.Start <= 4;
        return !abbreviation;
    }

    /// <summary>The direction each token signals, outside the expression itself; phrases mark their last word.</summary>
    private static TemporalDirection[] FindCues(List<Token> tokens, int first, int last)
    {
        var words = TenseCues.Instance;
        var cues = new TemporalDirection[tokens.Count];
        for (var i = 0; i < tokens.Count; i++)
        {
            if (i >= first && i <= last)
            {
                continue;
            }

            if (MatchPhrase(tokens, i, first, last) is { } phrase)
            {
                // The word nearest the expression carries the cue, whichever side it is on.
                var at = i + phrase.Length - 1 < first ? i + phrase.Length - 1 : i;
                cues[at] = phrase.Direction;
                i += phrase.Length - 1;
                continue;
            }

            cues[i] = VerbDirection(tokens, i, words);
        }

        return cues;
    }

    private static (int Length, TemporalDirection Direction)? MatchPhrase(List<Token> tokens, int i, int first, int last)
    {
        foreach (var (phrase, direction) in TenseCues.Instance.Phrases)
        {
            var end = i + phrase.Length;
            if (end > tokens.Count || (i <= last && end > first))
            {
                continue;
            }

            var matches = true;
            for (var k = 0; k < phrase.Length && matches; k++)
            {
                matches = Key(tokens[i + k]) == phrase[k];
            }

            if (matches)
            {
                return (phrase.Length, direction);
            }
        }

        return null;
    }

    /// <summary>
    /// A past form is past unless an auxiliary before it makes it a passive or future ("will be held", "is
    /// banned"), or a determiner makes it an adjective ("the detained man"; "the planned talks" look ahead). A
    /// present progressive ("is meeting") looks ahead.
    /// </summary>
    private static TemporalDirection VerbDirection(List<Token> tokens, int i, TenseCues words)
    {
        var token = tokens[i];
        if (token.Shape != TokenShape.Lower)
        {
            return TemporalDirection.Unknown;
        }

        var key = Key(token);
        var previous = PreviousWord(tokens, i);
        if (key.EndsWith("ing", StringComparison.Ordinal) && key.Length > 5)
        {
            return previous is { } p && words.ProgressiveAuxiliaries.Contains(p) ? TemporalDirection.Future : TemporalDirection.Unknown;
        }

        if (!words.IsPastForm(key))
        {
            return TemporalDirection.Unknown;
        }

        if (previous is { } determiner && words.Determiners.Contains(determiner))
        {
            return words.PlannedParticiples.Contains(key) ? TemporalDirection.Future : TemporalDirection.Unknown;
        }

        foreach (var auxiliary in new[] { previous, PreviousWord(tokens, i - 1) })
        {
            if (auxiliary is null)
            {
                continue;
            }

            if (words.PastAuxiliaries.Contains(auxiliary))
            {
                return TemporalDirection.Past;
            }

            if (words.OtherAuxiliaries.Contains(auxiliary))
            {
                return TemporalDirection.Unknown;
            }
        }

        return TemporalDirection.Past;
    }

    private static string? PreviousWord(List<Token> tokens, int i) =>
        i > 0 && tokens[i - 1].Shape != TokenShape.Punctuation ? Key(tokens[i - 1]) : null;

    /// <summary>"they'll" reads as "'ll" and "we're" as "'re": the tokenizer keeps such contractions whole.</summary>
    private static string Key(Token token)
    {
        var key = token.Key;
        return key.EndsWith("'ll", StringComparison.Ordinal) ? "'ll"
            : key.EndsWith("'re", StringComparison.Ordinal) ? "'re"
            : key;
    }
}
