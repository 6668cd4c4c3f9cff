namespace Timeline.Extraction.Events.Lexicon;

/// <summary>
/// What a phrase of the lexicon means where it is found: a trigger of <see cref="Kind"/> in <see cref="Form"/>, a
/// support verb in <see cref="Form"/> that asserts nouns of several kinds, or an exclusion that cancels triggers.
/// </summary>
public sealed record TriggerEntry(EventKind? Kind, LexicalForm Form, TriggerRole Role);

public enum TriggerRole
{
    Trigger,
    Exclusion,
}
