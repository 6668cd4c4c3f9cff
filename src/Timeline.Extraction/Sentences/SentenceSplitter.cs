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
        // Lines and captions (disjoint spans) both in text order: one pass over each, not every caption for every line.
        var ordered = captions.OrderBy(c => c.Start).ToList();
        var caption = 0;
        var lineStart = 0;
        while (lineStart <= text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            while (caption < ordered.Count && ordered[caption].End <= lineStart)
            {
                caption++;
            }

            var isCaption = caption < ordered.Count && ordered[caption].Start < lineEnd;
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
            if (boundary == 0 && BoundaryRules.LastOfRun(text, i, end) is var last && last > i)
            {
                // In a run of terminal punctuation ("?!", "....") every character but the last gives the answer the
                // first gave; trying each would scan the rest of the run again each time.
                i = last;
                boundary = BoundaryRules.EndAfter(text, i, end);
            }

            if (boundary > 0)
            {
                Add(text, sentenceStart, boundary, isCaption, sentences);
                sentenceStart = boundary;
                i = boundary - 1;
            }
        }

        Add(text, sentenceStart, end, isCaption, sentences);
    }

    /// <summary>
    /// Longer "sentences" (a page without full stops, a list run together) are cut at whitespace into pieces of at
    /// most this length: the later stages read a sentence as a whole at a cost that grows faster than its length,
    /// and no written sentence comes near it (the longest in the annotated articles has 534 characters).
    /// </summary>
    public const int MaxSentenceLength = 2000;

    private static void Add(string text, int start, int end, bool isCaption, List<Sentence> sentences)
    {
        while (end - start > MaxSentenceLength)
        {
            var cut = text.LastIndexOfAny([' ', '\t'], start + MaxSentenceLength, MaxSentenceLength / 2);
            cut = cut < 0 ? start + MaxSentenceLength : cut;
            AddOne(text, start, cut, isCaption, sentences);
            start = cut;
        }

        AddOne(text, start, end, isCaption, sentences);
    }

    private static void AddOne(string text, int start, int end, bool isCaption, List<Sentence> sentences)
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
