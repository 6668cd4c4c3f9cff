using Timeline.Extraction.Model;

namespace Timeline.Extraction.Sentences;

/// <summary>Stage 2: splits cleaned text into sentences; every line is a boundary, then punctuation inside a line.</summary>
public static class SentenceSplitter
{
    public static IReadOnlyList<Sentence> Split(string text, IReadOnlyList<TextSpan> captions)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(captions);
        var sentences = new List<Sentence>();
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var isCaption = captions.Any(c => c.Start < lineEnd && lineStart < c.End);
            SplitLine(text, lineStart, lineEnd, isCaption, sentences);
            lineStart = lineEnd + 1;
        }

        return sentences;
    }

    private static void SplitLine(string text, int start, int end, bool isCaption, List<Sentence> sentences)
    {
        var sentenceStart = start;
        for (var i = start; i < end; i++)
        {
            var boundary = BoundaryRules.EndAfter(text, i, end);
            if (boundary > 0)
            {
                Add(text, sentenceStart, boundary, isCaption, sentences);
                sentenceStart = boundary;
                i = boundary - 1;
            }
        }

        Add(text, sentenceStart, end, isCaption, sentences);
    }

    private static void Add(string text, int start, int end, bool isCaption, List<Sentence> sentences)
    {
        while (start < end && char.IsWhiteSpace(text[start]))
        {
            start++;
        }

        while (end > start && char.IsWhiteSpace(text[end - 1]))
        {
            end--;
        }

        if (end > start && text.AsSpan(start, end - start).ContainsAnyExcept(" .,;:-–—|•*\"'“”‘’…"))
        {
            sentences.Add(new Sentence(start, end, text[start..end], isCaption));
        }
    }
}
