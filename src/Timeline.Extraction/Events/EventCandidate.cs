using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events;

/// <summary>
/// One report of an event inside an article while the detector works on it: a trigger in a sentence, or several
/// such reports merged. <see cref="Standalone"/> is false for a mention that names too few sides to stand alone
/// ("the call", "they agreed"): it may join an event the article reports elsewhere, but is never one by itself.
/// </summary>
internal sealed class EventCandidate
{
    public required EventCategory Category { get; init; }

    public required int FirstSentence { get; init; }

    public List<ActorMention> Subjects { get; } = [];

    public List<ActorMention> Objects { get; } = [];

    public List<Actor> Sides { get; } = [];

    public List<Evidence> Evidence { get; } = [];

    public List<int> Sentences { get; } = [];

    public EventDate? Date { get; set; }

    public bool DateFromText { get; set; }

    public string? Location { get; set; }

    public bool Standalone { get; set; }

    public bool OnlyCaptions { get; set; }

    public TenseCue Tense { get; set; }

    public IEnumerable<Actor> Persons =>
        Subjects.Concat(Objects).Select(m => m.Actor).Where(a => a.Kind == ActorKind.Person).DistinctBy(a => a.Id);

    public IEnumerable<Actor> Countries => Sides.DistinctBy(a => a.Id);
}

/// <summary>What the words around an undated trigger say about when it happened.</summary>
internal enum TenseCue
{
    Past,
    Present,
    Recent,
    Background,
}
