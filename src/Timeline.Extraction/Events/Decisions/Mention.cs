using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// A candidate the models kept: an event of <see cref="Type"/> (probability <see cref="Confidence"/>) that happened, its
/// actors by role, the options that may date it with the date model's score for each, and where it took place.
/// </summary>
internal sealed record Mention(
    Candidate Candidate,
    EventType Type,
    EventKind Kind,
    float Confidence,
    IReadOnlyList<ActorSpan> Agents,
    IReadOnlyList<ActorSpan> Counterparts,
    IReadOnlyList<ActorSpan> Targets,
    IReadOnlyList<ScoredDate> Dates,
    string? Place)
{
    public SentenceFacts Facts => Candidate.Facts;

    public int Sentence => Candidate.Sentence;

    public IEnumerable<ActorSpan> Participants => Agents.Concat(Counterparts).Concat(Targets);

    public IEnumerable<Actor> Persons => Participants.Select(a => a.Actor).Where(a => a.Kind == ActorKind.Person);

    public Evidence Evidence => new(Facts.Sentence.Text, Facts.Sentence.Start, Facts.Sentence.End);

    /// <summary>The best-scored date the text writes in the mention's own sentence, if the model prefers it to everything else.</summary>
    public EventDate? OwnDate =>
        Dates.MaxBy(d => d.Score) is { Option.Kind: DateOptionKind.Expression } best && best.Option.Sentence == Facts ? best.Value : null;
}

/// <summary>An option that may date a mention, the date it stands for, and the date model's probability that it does.</summary>
internal sealed record ScoredDate(DateOption Option, EventDate? Value, float Score);
