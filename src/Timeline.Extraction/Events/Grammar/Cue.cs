namespace Timeline.Extraction.Events.Grammar;

/// <summary>What a function word or phrase near a trigger signals (Data/event-grammar.json).</summary>
public enum Cue
{
    ClauseOpener,
    ClauseBreak,
    Future,
    Planned,
    Hedge,
    Negation,
    Conditional,
    Generic,
    PlannedModifier,
    Factive,
    Reporting,
    NonDating,
    Determiner,
    Phone,
    Counterpart,
    SideNoun,
    Later,
    Include,
    Participation,
    EndVerb,
    ListNoun,
    Continuation,
}

/// <summary>A cue found in a sentence: tokens [First, End) of the sentence.</summary>
public readonly record struct CueMatch(Cue Cue, int First, int End);
