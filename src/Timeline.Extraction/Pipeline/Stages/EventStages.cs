using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Decisions;
using Timeline.Extraction.Events.Knowledge;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Pipeline.Stages;

/// <summary>The lexicon proposes candidates; the models decide which are events that happened, their type, roles and dates.</summary>
internal sealed class MentionStage(ExtractionModels models, EventLexicon lexicon, Thresholds thresholds) : IAnnotator
{
    private readonly MentionDecider _decider = new(models, lexicon, thresholds);

    public string Name => "mentions";

    public IReadOnlyList<Layer> Requires => [Layer.SentenceFacts, Layer.DocumentDate];

    public IReadOnlyList<Layer> Provides => [Layer.Mentions];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var mentions = new List<Mention>();
        var candidates = _decider.Candidates(document.SentenceFacts);
        for (var s = 0; s < document.SentenceFacts.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            mentions.AddRange(_decider.Decide(document.SentenceFacts, candidates, s, document.DocumentDate));
        }

        document.Mentions = mentions;
    }
}

/// <summary>
/// Folds the mentions into the article's events, dates each by the confident date its reports give, and lets an
/// agreement told just after an encounter take the encounter's people and day.
/// </summary>
internal sealed class FoldingStage(Thresholds thresholds) : IAnnotator
{
    public string Name => "folding";

    public IReadOnlyList<Layer> Requires => [Layer.Mentions];

    public IReadOnlyList<Layer> Provides => [Layer.ReportedEvents];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var events = EncounterContent.Absorb(MentionFolding.Fold(document.Mentions, cancellationToken));
        foreach (var reported in events)
        {
            if (reported.BestDate(thresholds.Date) is { Value: { } date } best)
            {
                reported.Date = date;
                reported.DateWritten = best.Option.Kind == Events.Features.DateOptionKind.Expression;
            }
            else if (reported.Mentions.Any(m => m.Facts.IsHeadline || m.Facts.IsLead))
            {
                // News puts the event it reports in the headline and lead: told there with no date, it is of the article's day.
                reported.Date = document.DocumentDate.Date;
            }
        }

        EncounterOutcomes.Attach(events);
        document.ReportedEvents = events;
    }
}

/// <summary>
/// The optional stage that links events to widely reported ones (Data/known-events.json) to fill a finer date or the
/// people the text left unnamed, recording where each filled value came from. Left out, nothing else changes.
/// </summary>
internal sealed class KnownEventStage(KnownEventLinker linker) : IAnnotator
{
    public string Name => "known events";

    public IReadOnlyList<Layer> Requires => [Layer.ReportedEvents, Layer.DocumentDate];

    public IReadOnlyList<Layer> Provides => [];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        foreach (var reported in document.ReportedEvents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (linker.Link(reported, reported.Date, document.DocumentDate) is not { } link)
            {
                continue;
            }

            var dateFilled = reported.Date is null;
            if (dateFilled)
            {
                reported.Date = link.Date;
            }

            reported.AddedPersons.AddRange(link.AddedPeople);
            reported.Provenance.AddRange(link.Provenance(dateFilled));
        }
    }
}

/// <summary>Writes each dated event that belongs on the timeline; an event nothing dates is left out.</summary>
internal sealed class EventWritingStage(Gazetteer gazetteer) : IAnnotator
{
    private readonly TimelineScope _scope = new(gazetteer);
    private readonly EventWriter _writer = new(gazetteer);

    public string Name => "event writing";

    public IReadOnlyList<Layer> Requires => [Layer.ReportedEvents, Layer.SentenceFacts];

    public IReadOnlyList<Layer> Provides => [Layer.Events];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var articleSides = document.SentenceFacts.SelectMany(s => s.Actors).Select(a => TimelineScope.SideOf(a.Actor)).OfType<string>().ToHashSet();
        var written = new List<(ReportedEvent Reported, ExtractedEvent Event)>();
        foreach (var reported in document.ReportedEvents)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (Write(reported, articleSides) is not { } extracted)
            {
                continue;
            }

            // Two reports the folding kept apart (an "announced" and a "halt" of one sentence) can come out as one row
            // twice: same type, day and title. A reader sees one event, so they are one, with both reports' evidence.
            var twin = written.FindIndex(w => IsSameRow(w.Event, extracted));
            if (twin < 0)
            {
                written.Add((reported, extracted));
                continue;
            }

            var kept = written[twin].Reported;
            kept.Mentions.AddRange(reported.Mentions.Where(m => !kept.Mentions.Contains(m)));
            written[twin] = (kept, Write(kept, articleSides) ?? written[twin].Event);
        }

        document.Events = written.Select(w => w.Event).ToList();
    }

    private ExtractedEvent? Write(ReportedEvent reported, IReadOnlySet<string> articleSides)
    {
        if (reported.Date is not { } date)
        {
            return null;
        }

        var sides = _scope.Sides(reported, articleSides);
        var actingSide = TimelineScope.ActingSide(reported, sides);
        return _scope.Keep(reported, sides, actingSide) ? _writer.Write(reported, date, reported.DateWritten, sides, actingSide) : null;
    }

    private static bool IsSameRow(ExtractedEvent a, ExtractedEvent b) =>
        a.Type == b.Type && a.Date == b.Date && string.Equals(a.Title, b.Title, StringComparison.Ordinal);
}
