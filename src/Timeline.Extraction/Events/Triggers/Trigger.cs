using Timeline.Extraction.Events.Lexicon;

namespace Timeline.Extraction.Events.Triggers;

/// <summary>A phrase of the lexicon found at tokens [First, End) of a sentence, reporting an event of <see cref="Kind"/>.</summary>
internal sealed record Trigger(EventKind Kind, LexicalForm Form, int First, int End)
{
    public bool IsNoun => Form == LexicalForm.Noun;

    public bool IsVerb => !IsNoun;
}
