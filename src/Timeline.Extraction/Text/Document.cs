using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Text;

/// <summary>
/// The cleaned article as every stage sees it: its text, its sentences and their tokens, tokenized once.
/// Tokens of sentence <c>s</c> are <c>Tokens[FirstToken[s]..FirstToken[s + 1]]</c>; offsets point into <see cref="Text"/>.
/// </summary>
public sealed class Document
{
    private readonly int[] _firstToken;

    private Document(string text, IReadOnlyList<Sentence> sentences, Token[] tokens, int[] firstToken)
    {
        Text = text;
        Sentences = sentences;
        Tokens = tokens;
        _firstToken = firstToken;
    }

    public string Text { get; }

    public IReadOnlyList<Sentence> Sentences { get; }

    public IReadOnlyList<Token> Tokens { get; }

    public static Document Create(string text, IReadOnlyList<Sentence> sentences)
    {
        var tokens = new List<Token>(text.Length / 5);
        var firstToken = new int[sentences.Count + 1];
        for (var s = 0; s < sentences.Count; s++)
        {
            firstToken[s] = tokens.Count;
            tokens.AddRange(Tokenizer.Tokenize(text, sentences[s].Start, sentences[s].End));
        }

        firstToken[sentences.Count] = tokens.Count;
        return new Document(text, sentences, [.. tokens], firstToken);
    }

    /// <summary>The same text and sentences, each token replaced by the tokens <paramref name="split"/> makes of it.</summary>
    public Document WithTokensSplit(Func<Token, IEnumerable<Token>> split)
    {
        var tokens = new List<Token>(Tokens.Count);
        var firstToken = new int[Sentences.Count + 1];
        for (var s = 0; s < Sentences.Count; s++)
        {
            firstToken[s] = tokens.Count;
            foreach (var token in TokensOf(s))
            {
                tokens.AddRange(split(token));
            }
        }

        firstToken[Sentences.Count] = tokens.Count;
        return new Document(Text, Sentences, [.. tokens], firstToken);
    }

    /// <summary>A document of one sentence per line, for tests and tools.</summary>
    public static Document FromLines(string text)
    {
        var sentences = new List<Sentence>();
        var start = 0;
        foreach (var line in text.Split('\n'))
        {
            sentences.Add(new Sentence(start, start + line.Length, line, IsCaption: false));
            start += line.Length + 1;
        }

        return Create(text, sentences);
    }

    /// <summary>The tokens of one sentence, as a view over the document's tokens (no copy).</summary>
    public ArraySegment<Token> TokensOf(int sentence) =>
        new((Token[])Tokens, _firstToken[sentence], _firstToken[sentence + 1] - _firstToken[sentence]);

    public int FirstTokenOf(int sentence) => _firstToken[sentence];

    /// <summary>The sentence holding character <paramref name="offset"/>, or -1 when it falls between sentences.</summary>
    public int SentenceAt(int offset)
    {
        var (low, high) = (0, Sentences.Count - 1);
        while (low <= high)
        {
            var middle = (low + high) / 2;
            var sentence = Sentences[middle];
            if (offset < sentence.Start)
            {
                high = middle - 1;
            }
            else if (offset >= sentence.End)
            {
                low = middle + 1;
            }
            else
            {
                return middle;
            }
        }

        return -1;
    }

    /// <summary>The token range [First, End) of the tokens that overlap the characters [start, end).</summary>
    public (int First, int End) TokenRange(int start, int end) =>
        (CountTokens(t => t.End <= start), CountTokens(t => t.Start < end));

    /// <summary>How many tokens, from the first, satisfy <paramref name="before"/>: a binary search, as tokens are in text order.</summary>
    private int CountTokens(Func<Token, bool> before)
    {
        var (low, high) = (0, Tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (before(Tokens[middle]))
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

    public TextSpan SpanOf(int firstToken, int endToken) => new(Tokens[firstToken].Start, Tokens[endToken - 1].End);
}
