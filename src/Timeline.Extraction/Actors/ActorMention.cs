using Timeline.Extraction.Model;

namespace Timeline.Extraction.Actors;

/// <summary>
/// An actor named at [Start, End) of the text given to <see cref="ActorMentionFinder.Find"/>. <see cref="Title"/> is the
/// title written at the mention ("Vice Foreign Minister"); <see cref="MatchedRole"/> the gazetteer role it corresponds to.
/// <see cref="IsMetonym"/> marks a capital standing for its country ("Beijing retaliated"): the same word can be a place.
/// <see cref="Offices"/> are the gazetteer role titles the written title can stand for ("top diplomat": foreign minister
/// or the party's foreign affairs chief), so the periods of all of them bound when the text was written.
/// </summary>
public sealed record ActorMention(
    Actor Actor,
    int Start,
    int End,
    string Surface,
    string? Title,
    ActorRole? MatchedRole,
    bool IsMetonym,
    IReadOnlySet<string>? Offices = null);
