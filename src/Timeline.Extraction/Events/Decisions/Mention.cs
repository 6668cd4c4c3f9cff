using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// A candidate the models kept: an event of <see cref="Type"/> (probability <see cref="Confidence"/>) that happened, its
/// actors by role, the date that dates it (null when none of its options does) and where it took place.
/// </summary>
internal sealed record Mention(
    Candidate Candidate,
    EventType Type,
    EventKind Kind,
    float Confidence,
    string Factuality,
    IReadOnlyList<ActorSpan> Agents,
    IReadOnlyList<ActorSpan> Counterparts,
    IReadOnlyList<ActorSpan> Targets,
    EventDate? Date,
    bool DatedByArticle,
    string? Place)
{
    public SentenceFacts Facts => Candidate.Facts;

    public int Sentence => Candidate.Sentence;

    public IEnumerable<ActorSpan> Participants => Agents.Concat(Counterparts).Concat(Targets);

    public IEnumerable<Actor> Persons => Participants.Select(a => a.Actor).Where(a => a.Kind == ActorKind.Person);

    public Evidence Evidence => new(Facts.Sentence.Text, Facts.Sentence.Start, Facts.Sentence.End);
}
