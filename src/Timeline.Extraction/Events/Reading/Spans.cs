using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Reading;

/// <summary>An actor named at tokens [First, End) of a sentence.</summary>
internal readonly record struct ActorSpan(ActorMention Mention, int First, int End)
{
    public Actor Actor => Mention.Actor;
}

/// <summary>A date written at tokens [First, End) of a sentence, resolved against the document date.</summary>
internal readonly record struct DateSpan(EventDate Date, TemporalKind Kind, int First, int End, DateOnly? WeekendStart);

/// <summary>A place named at tokens [First, End) of a sentence.</summary>
internal readonly record struct PlaceSpan(string Name, string? Country, int First, int End);

/// <summary>Tokens [First, End) of a sentence.</summary>
internal readonly record struct TokenRange(int First, int End)
{
    public bool Contains(int token) => First <= token && token < End;

    public bool Covers(int first, int end) => First <= first && end <= End;
}

/// <summary>A date expression of the text at characters [Start, End), with the date it resolves to.</summary>
internal sealed record DatedExpression(int Start, int End, EventDate Date, TemporalKind Kind, DateOnly? WeekendStart);
