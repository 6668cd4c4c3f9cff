using Timeline.Extraction.Model;

namespace Timeline.Extraction.Actors;

/// <summary>
/// Finds the actors one document names, sentence by sentence in reading order, remembering who was already
/// mentioned so that surnames ("Wang"), misspellings ("Peredue") and roles ("the Secretary") resolve in context.
/// </summary>
public sealed class ActorMentionFinder(Gazetteer gazetteer)
{
    /// <param name="text">The document text; mention offsets point into it.</param>
    /// <param name="sentences">[Start, End) ranges of the sentences in reading order; empty means one sentence.</param>
    /// <param name="documentDate">The date the document speaks from; picks who held a role ("China's foreign minister").</param>
    public IReadOnlyList<ActorMention> Find(string text, IReadOnlyList<TextSpan> sentences, EventDate? documentDate)
    {
        var context = new DocumentContext(gazetteer, documentDate);
        var mentions = new List<ActorMention>();
        IReadOnlyList<TextSpan> spans = sentences.Count > 0 ? sentences : [new TextSpan(0, text.Length)];
        foreach (var span in spans)
        {
            var start = Math.Clamp(span.Start, 0, text.Length);
            var end = Math.Clamp(span.End, start, text.Length);
            var tokens = WordTokenizer.Tokenize(text, start, end);
            new SentenceScanner(gazetteer, context, text, tokens, mentions).Scan();
        }

        return mentions;
    }
}
