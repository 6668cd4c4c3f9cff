using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Triggers;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Candidates;

/// <summary>
/// A phrase of the lexicon in a sentence: a possible report of an event, before any decision. <see cref="Readings"/>
/// are the kinds the phrase can report, the lexicon's preferred one first (the trigger's own kind); the models decide
/// whether it is an event, of which type, whether it happened, who takes part and when.
/// </summary>
internal sealed record Candidate(SentenceFacts Facts, Trigger Trigger, TokenRange Clause, IReadOnlyList<EventKind> Readings)
{
    public EventKind Kind => Trigger.Kind;

    public int Sentence => Facts.Index;

    /// <summary>The characters of the trigger in the cleaned text.</summary>
    public TextSpan Span => new(Facts.Tokens[Trigger.First].Start, Facts.Tokens[Trigger.End - 1].End);
}
