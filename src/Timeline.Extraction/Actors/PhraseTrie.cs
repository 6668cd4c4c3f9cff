namespace Timeline.Extraction.Actors;

/// <summary>How a surface token must be written to match a phrase token.</summary>
internal enum CaseRule
{
    Any,
    Capitalized,
    Upper,
}

/// <summary>
/// Phrases as token-key sequences, built once, matched longest-first at a token position. Case rules come from
/// how the phrase is written in the data: "US" needs capitals (so the pronoun "us" never matches), "the" does not.
/// </summary>
internal sealed class PhraseTrie<T>
{
    private readonly Node root = new();

    public void Add(string phrase, T value)
    {
        var tokens = WordTokenizer.Tokenize(phrase);
        if (tokens.Count == 0)
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

        var rules = tokens.Select(t => t.Shape switch
        {
            WordShape.Upper => CaseRule.Upper,
            WordShape.Capitalized => CaseRule.Capitalized,
            _ => CaseRule.Any,
        }).ToArray();
        node.Values.Add((value, rules));
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its values and how many tokens it covers.</summary>
    public (IReadOnlyList<T> Values, int Length) Match(IReadOnlyList<WordToken> tokens, int start, int end)
    {
        List<T>? best = null;
        var bestLength = 0;
        var node = root;
        for (var i = start; i < end; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[i].Key, out var next))
            {
                break;
            }

            node = next;
            List<T>? matching = null;
            foreach (var (value, rules) in node.Values)
            {
                if (CaseFits(rules, tokens, start))
                {
                    (matching ??= []).Add(value);
                }
            }

            if (matching is not null)
            {
                best = matching;
                bestLength = i - start + 1;
            }
        }

        return (best ?? (IReadOnlyList<T>)[], bestLength);
    }

    private static bool CaseFits(CaseRule[] rules, IReadOnlyList<WordToken> tokens, int start)
    {
        for (var k = 0; k < rules.Length; k++)
        {
            var shape = tokens[start + k].Shape;
            var fits = rules[k] switch
            {
                CaseRule.Upper => shape == WordShape.Upper,
                CaseRule.Capitalized => shape is WordShape.Capitalized or WordShape.Upper,
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
