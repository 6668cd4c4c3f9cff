using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Triggers;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Mentions;

/// <summary>
/// One report of an event in one sentence: its trigger, who and when and where the sentence says, and how firmly.
/// <see cref="Asserted"/> is false for a bare reference ("the talks") that can only add to an event reported elsewhere.
/// <see cref="Opener"/> is the word that opens the mention's clause, null in a main clause; <see cref="InBackgroundClause"/>
/// is true when that word names the event as the time or cause of another ("after their leaders spoke by phone",
/// "protests over the balloon's downing").
/// <see cref="Since"/> dates an earlier event of the same kind the sentence points back to ("their first call since February").
/// </summary>
internal sealed record EventMention(
    Trigger Trigger,
    SentenceFacts Facts,
    Factuality Factuality,
    MentionParticipants Participants,
    DateSpan? Date,
    string? Place,
    bool Asserted,
    string? Opener,
    bool InBackgroundClause,
    DateSpan? Since = null)
{
    /// <summary>The event of the same sentence this one is told a span of time from ("a day after ..."), if any.</summary>
    public RelativeAnchor? RelativeTo { get; init; }

    public EventKind Kind => Trigger.Kind;

    public int Sentence => Facts.Index;

    public Evidence Evidence => new(Facts.Sentence.Text, Facts.Sentence.Start, Facts.Sentence.End);
}
