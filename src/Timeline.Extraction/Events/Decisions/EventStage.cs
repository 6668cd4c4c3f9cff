using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// The event stage: the lexicon proposes candidates, the models decide which are events that happened, their type,
/// roles and dates; mentions fold into events; each event is dated (an event nothing dates is left out), kept if it
/// belongs on the timeline, and written.
/// </summary>
internal sealed class EventStage(ExtractionModels models, EventLexicon lexicon, Gazetteer gazetteer, Thresholds thresholds)
{
    private readonly MentionDecider _decider = new(models, lexicon, thresholds);
    private readonly TimelineScope _scope = new(gazetteer);
    private readonly EventWriter _writer = new(gazetteer);

    public IReadOnlyList<ExtractedEvent> Extract(IReadOnlyList<SentenceFacts> sentences, DocumentDate documentDate, CancellationToken cancellationToken = default)
    {
        var mentions = sentences.SelectMany((_, s) =>
        {
            cancellationToken.ThrowIfCancellationRequested();
            return _decider.Decide(sentences, s, documentDate);
        });
        var events = MentionFolding.Fold(mentions.ToList(), cancellationToken);
        var articleSides = sentences.SelectMany(s => s.Actors).Select(a => TimelineScope.SideOf(a.Actor)).OfType<string>().ToHashSet();
        var written = new List<ExtractedEvent>();
        foreach (var reported in events)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (reported.BestDate(thresholds.Date) is not { Value: { } date } best)
            {
                continue;
            }

            var dateWritten = best.Option.Kind == Features.DateOptionKind.Expression;
            var sides = _scope.Sides(reported, articleSides);
            var actingSide = TimelineScope.ActingSide(reported, sides);
            if (_scope.Keep(reported, sides, actingSide))
            {
                written.Add(_writer.Write(reported, date, dateWritten, sides, actingSide));
            }
        }

        return written;
    }
}
