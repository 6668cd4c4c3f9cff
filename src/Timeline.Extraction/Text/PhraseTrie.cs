namespace Timeline.Extraction.Text;

/// <summary>How a surface token must be written to match a phrase token.</summary>
public enum CaseRule
{
    Any,
    Capitalized,
    Upper,
}

/// <summary>
/// Phrases as token-key sequences, built once, matched longest-first at a token position. Case rules come from
/// how the phrase is written in the data: "US" needs capitals (so the pronoun "us" never matches), "the" does not.
/// A "..." in a phrase is a gap of up to <see cref="MaxGap"/> words ("lodge ... protest": "lodged a stern protest").
/// </summary>
public sealed class PhraseTrie<T>
{
    public const int MaxGap = 3;

    private const string Gap = "...";

    private static readonly Token GapToken = new(0, 0, Gap, TokenShape.Punctuation);

    private readonly Node root = new();

    public void Add(string phrase, T value)
    {
        var tokens = phrase.Split(Gap)
            .SelectMany((piece, index) => index == 0 ? Tokenizer.Tokenize(piece) : Tokenizer.Tokenize(piece).Prepend(GapToken))
            .ToList();
        if (tokens.Count == 0 || tokens[0].Key == Gap || tokens[^1].Key == Gap)
        {
            return;
        }

        var node = root;
        foreach (var token in tokens)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(token.Key, out var next))
            {
                next = new Node();
                node.Children[token.Key] = next;
            }

            node = next;
        }

        var rules = tokens.Where(t => t.Key != Gap).Select(t => t.Shape switch
        {
            TokenShape.Upper => CaseRule.Upper,
            TokenShape.Capitalized => CaseRule.Capitalized,
            _ => CaseRule.Any,
        }).ToArray();
        node.Values.Add((value, rules));
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its values and how many tokens it covers.</summary>
    public (IReadOnlyList<T> Values, int Length) Match(IReadOnlyList<Token> tokens, int start, int end)
    {
        if (start >= end || root.Children is null || !root.Children.ContainsKey(tokens[start].Key))
        {
            return ([], 0);
        }

        var best = new Best();
        Walk(root, tokens, start, start, end, [], ref best);
        return (best.Values ?? (IReadOnlyList<T>)[], best.Length);
    }

    private struct Best
    {
        public List<T>? Values;
        public int Length;
    }

    private static void Walk(Node node, IReadOnlyList<Token> tokens, int start, int i, int end, List<int> positions, ref Best best)
    {
        if (node.Children is null)
        {
            return;
        }

        if (node.Children.TryGetValue(Gap, out var gap))
        {
            // A gap skips words and quotation marks, never other punctuation: "expressed “strong dissatisfaction”" but not
            // "lodged, in short, a protest".
            for (var skip = 1; skip <= MaxGap && i + skip <= end && (tokens[i + skip - 1].IsWord || tokens[i + skip - 1].Key == "\""); skip++)
            {
                Walk(gap, tokens, start, i + skip, end, positions, ref best);
            }
        }

        if (i >= end || !node.Children.TryGetValue(tokens[i].Key, out var next))
        {
            return;
        }

        positions.Add(i);
        List<T>? matching = null;
        foreach (var (value, rules) in next.Values)
        {
            if (CaseFits(rules, tokens, positions))
            {
                (matching ??= []).Add(value);
            }
        }

        if (matching is not null && i - start + 1 > best.Length)
        {
            best.Values = matching;
            best.Length = i - start + 1;
        }

        Walk(next, tokens, start, i + 1, end, positions, ref best);
        positions.RemoveAt(positions.Count - 1);
    }

    private static bool CaseFits(CaseRule[] rules, IReadOnlyList<Token> tokens, List<int> positions)
    {
        for (var k = 0; k < rules.Length; k++)
        {
            var shape = tokens[positions[k]].Shape;
            var fits = rules[k] switch
            {
                CaseRule.Upper => shape == TokenShape.Upper,
                CaseRule.Capitalized => shape is TokenShape.Capitalized or TokenShape.Upper,
                _ => true,
            };
            if (!fits)
            {
                return false;
            }
        }

        return true;
    }

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<(T Value, CaseRule[] Rules)> Values { get; } = [];
    }
}
