namespace Timeline.Extraction.Events;

/// <summary>A phrase found in a token list: tokens [First, Last] inclusive.</summary>
public readonly record struct PhraseMatch<T>(T Value, int First, int Last);

/// <summary>
/// Finds lowercase token phrases in token lists. A phrase may contain "..." for a gap of up to
/// <see cref="MaxGap"/> tokens. At each position the longest phrase wins and matches do not overlap.
/// Phrases are indexed by their first word, so a sentence costs one dictionary lookup per token.
/// </summary>
public sealed class PhraseMatcher<T>
{
    public const int MaxGap = 6;

    private readonly Dictionary<string, List<(string[] Words, T Value)>> _byFirstWord = new(StringComparer.Ordinal);

    public PhraseMatcher(IEnumerable<(string Phrase, T Value)> phrases)
    {
        foreach (var (phrase, value) in phrases)
        {
            var words = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (!_byFirstWord.TryGetValue(words[0], out var list))
            {
                _byFirstWord[words[0]] = list = [];
            }

            list.Add((words, value));
        }

        foreach (var list in _byFirstWord.Values)
        {
            list.Sort((a, b) => b.Words.Length.CompareTo(a.Words.Length));
        }
    }

    public IReadOnlyList<PhraseMatch<T>> FindAll(IReadOnlyList<Token> tokens)
    {
        var matches = new List<PhraseMatch<T>>();
        var i = 0;
        while (i < tokens.Count)
        {
            var match = LongestAt(tokens, i);
            if (match is { } found)
            {
                matches.Add(found);
                i = found.Last + 1;
            }
            else
            {
                i++;
            }
        }

        return matches;
    }

    private PhraseMatch<T>? LongestAt(IReadOnlyList<Token> tokens, int start)
    {
        if (!_byFirstWord.TryGetValue(tokens[start].Lower, out var candidates))
        {
            return null;
        }

        PhraseMatch<T>? best = null;
        foreach (var (words, value) in candidates)
        {
            var last = MatchFrom(tokens, start, words, 0);
            if (last >= 0 && (best is null || last > best.Value.Last))
            {
                best = new PhraseMatch<T>(value, start, last);
            }
        }

        return best;
    }

    /// <returns>The index of the last matched token, or -1.</returns>
    private static int MatchFrom(IReadOnlyList<Token> tokens, int position, string[] words, int wordIndex)
    {
        while (wordIndex < words.Length)
        {
            if (words[wordIndex] == "...")
            {
                for (var skip = 0; skip <= MaxGap && position + skip < tokens.Count; skip++)
                {
                    var last = MatchFrom(tokens, position + skip, words, wordIndex + 1);
                    if (last >= 0)
                    {
                        return last;
                    }
                }

                return -1;
            }

            if (position >= tokens.Count || tokens[position].Lower != words[wordIndex])
            {
                return -1;
            }

            position++;
            wordIndex++;
        }

        return position - 1;
    }
}
