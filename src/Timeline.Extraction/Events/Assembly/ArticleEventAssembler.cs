using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Mentions;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// Turns the sentences of one article into its events: read the mentions, fold the reports of one event together,
/// date each event (the date the text writes for it; else the document date for the headline and lead; else the
/// document's year), name unnamed counterparts, and keep what stands on its own on a US–China timeline.
/// </summary>
internal sealed class ArticleEventAssembler(EventLexicon lexicon, EventGrammar grammar, Gazetteer gazetteer)
{
    private readonly MentionReader _reader = new(lexicon, grammar, gazetteer);
    private readonly Counterparts _counterparts = new(grammar, gazetteer);
    private readonly Relevance _relevance = new(gazetteer);
    private readonly EventDescriber _describer = new(gazetteer);

    public IReadOnlyList<ExtractedEvent> Assemble(IReadOnlyList<SentenceFacts> sentences, DocumentDate documentDate)
    {
        var drafts = Coreference.Fold(sentences.SelectMany(_reader.Read));
        drafts.AddRange(EarlierEvents(drafts));
        var events = new List<ExtractedEvent>();
        foreach (var draft in drafts)
        {
            if (!Date(draft, documentDate.Date))
            {
                continue;
            }

            _counterparts.Resolve(draft, draft.Date!);
            var sides = Sides(draft);
            var agentSide = AgentSide(draft, sides);
            if (_relevance.Keep(draft, sides, agentSide))
            {
                events.Add(_describer.Describe(draft, sides));
            }
        }

        return events;
    }

    /// <summary>"Their first call since February": the February call, with the same people.</summary>
    private static IEnumerable<EventDraft> EarlierEvents(List<EventDraft> drafts)
    {
        foreach (var draft in drafts.ToList())
        {
            foreach (var mention in draft.Mentions.Where(m => m.Since is not null))
            {
                var earlier = new EventDraft(mention with { Date = mention.Since, Since = null });
                earlier.AddedPersons.AddRange(draft.Persons);
                yield return earlier;
            }
        }
    }

    /// <summary>
    /// The date the text writes for the event, if it is not after the article; else the document date for what the
    /// headline or lead reports; else the document's year. False when nothing dates it.
    /// </summary>
    private static bool Date(EventDraft draft, EventDate? documentDate)
    {
        if (draft.WrittenDate is { } written && (documentDate is null || written.Earliest <= documentDate.Latest))
        {
            draft.Date = written;
            draft.DateFromText = true;
            return true;
        }

        if (documentDate is null)
        {
            return false;
        }

        draft.Date = draft.InHeadlineOrLead ? documentDate : EventDate.Year(documentDate.Earliest.Year);
        return true;
    }

    /// <summary>The countries taking part: those named as sides, and those of the people and organizations named.</summary>
    private IReadOnlyCollection<string> Sides(EventDraft draft)
    {
        var actors = draft.Agents.Concat(draft.Others).Select(a => a.Actor).Concat(draft.AddedPersons);
        return actors.Select(Coreference.SideOf).OfType<string>().Where(c => gazetteer.Country(c) is not null).ToHashSet();
    }

    /// <summary>The side that acts; for an act with no named actor, the other principal of the one it targets.</summary>
    private static string? AgentSide(EventDraft draft, IReadOnlyCollection<string> sides)
    {
        var named = draft.Agents.Select(a => Coreference.SideOf(a.Actor)).OfType<string>().FirstOrDefault();
        if (named is not null || draft.Kind.Shape != EventShape.Act)
        {
            return named ?? (draft.Kind.Shape == EventShape.Movement ? draft.Persons.Select(p => p.Country).FirstOrDefault() : null);
        }

        return sides.Contains("China") && !sides.Contains("United States") ? "United States"
            : sides.Contains("United States") && !sides.Contains("China") ? "China"
            : null;
    }
}
