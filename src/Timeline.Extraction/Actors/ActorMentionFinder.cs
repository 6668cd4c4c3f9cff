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
    /// <remarks>
    /// Two passes: the first finds who the document names in full; the second reads every sentence knowing them, so a
    /// surname used before the full name ("the Senate confirmed Burns" above "Nicholas Burns has been sworn in") resolves.
    /// The second pass re-reads only the sentences before the last person was first named in full.
    /// </remarks>
    /// <param name="cancellationToken">Checked for every sentence read.</param>
    public IReadOnlyList<ActorMention> Find(Document document, EventDate? documentDate, CancellationToken cancellationToken = default)
    {
        var first = Scan(document, new DocumentContext(gazetteer, documentDate), document.Sentences.Count, cancellationToken);
        var named = first.Mentions.Where(m => m.Actor.Kind == ActorKind.Person).Select(m => m.Actor).DistinctBy(a => a.Id).ToList();
        var rereadUpTo = first.FirstNamedIn.Count == 0 ? 0 : first.FirstNamedIn.Values.Max();
        if (rereadUpTo == 0)
        {
            return first.Mentions;
        }

        var context = new DocumentContext(gazetteer, documentDate);
        foreach (var person in named)
        {
            context.Remember(person, null);
        }

        var reread = Scan(document, context, rereadUpTo, cancellationToken);
        return [.. reread.Mentions, .. first.Mentions.Where(m => document.SentenceAt(m.Start) >= rereadUpTo)];
    }

    /// <summary>Reads the first <paramref name="sentenceCount"/> sentences; notes where each person is first named.</summary>
    private (List<ActorMention> Mentions, Dictionary<string, int> FirstNamedIn) Scan(
        Document document, DocumentContext context, int sentenceCount, CancellationToken cancellationToken)
    {
        var mentions = new List<ActorMention>();
        var firstNamedIn = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var s = 0; s < sentenceCount; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var before = mentions.Count;
            new SentenceScanner(gazetteer, context, document.Text, document.TokensOf(s), mentions).Scan();
            for (var m = before; m < mentions.Count; m++)
            {
                if (mentions[m].Actor.Kind == ActorKind.Person && mentions[m].Surface.Contains(' ', StringComparison.Ordinal))
                {
                    firstNamedIn.TryAdd(mentions[m].Actor.Id, s);
                }
            }
        }

        return (mentions, firstNamedIn);
    }
}
