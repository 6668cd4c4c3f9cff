using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>
/// Finds the actors one document names, sentence by sentence in reading order, remembering who was already
/// mentioned so that surnames ("Wang"), misspellings ("Peredue") and roles ("the Secretary") resolve in context.
/// </summary>
public sealed class ActorMentionFinder(Gazetteer gazetteer)
{
    /// <param name="document">The tokenized document; mention offsets point into its text.</param>
    /// <param name="documentDate">The date the document speaks from; picks who held a role ("China's foreign minister").</param>
    public IReadOnlyList<ActorMention> Find(Document document, EventDate? documentDate)
    {
        var context = new DocumentContext(gazetteer, documentDate);
        var mentions = new List<ActorMention>();
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            new SentenceScanner(gazetteer, context, document.Text, document.TokensOf(s), mentions).Scan();
        }

        return mentions;
    }
}
