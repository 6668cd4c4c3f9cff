using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Lexicon;

/// <summary>How the sides of an event relate: who must be named for a report of it to stand as an event.</summary>
public enum EventShape
{
    /// <summary>People of two sides meet, call, negotiate or agree.</summary>
    Encounter,

    /// <summary>One side acts, maybe on a target: tariffs, sanctions, a cancelled trip.</summary>
    Act,

    /// <summary>Someone says something of note: a statement, an accusation, a protest.</summary>
    Declaration,

    /// <summary>Someone takes or leaves an office.</summary>
    Personnel,

    /// <summary>Someone travels somewhere.</summary>
    Movement,
}

/// <summary>
/// One kind of event the lexicon knows (Data/event-lexicon.json). <see cref="Measure"/> marks acts that exist once
/// announced ("said it will impose tariffs"); <see cref="Requires"/> are words one of which its clause (or, with
/// <see cref="RequiresSentence"/>, its sentence) must hold; <see cref="LeadOnly"/> kinds ("said") report an event only
/// in the headline and lead, or with a date of their own.
/// </summary>
public sealed record EventKind(
    string Name,
    EventType Type,
    string? Cameo,
    EventShape Shape,
    bool Measure,
    bool LeadOnly,
    bool RequiresSentence,
    string Title,
    IReadOnlySet<string> Requires,
    IReadOnlySet<string> SupportVerbs);
