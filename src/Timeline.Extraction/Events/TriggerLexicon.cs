using System.Text.Json;
using System.Text.Json.Serialization;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events;

/// <summary>One kind of event the detector knows: its contract type, CAMEO code, behaviour flags and trigger phrases.</summary>
public sealed record EventCategory(
    string Name,
    EventType Type,
    string? Cameo,
    bool Bilateral,
    bool Plannable,
    bool Content,
    bool SuppressesFollowing,
    string Title,
    IReadOnlyList<string> Phrases);

/// <summary>The event word lists (Data/event-triggers.json), loaded once.</summary>
public sealed class TriggerLexicon
{
    private TriggerLexicon(LexiconFile file)
    {
        Categories = file.Categories;
        PlanningCues = file.PlanningCues.ToHashSet();
        NegationCues = file.NegationCues.ToHashSet();
        PresentCues = file.PresentCues.ToHashSet();
        BackgroundCues = file.BackgroundCues.ToHashSet();
        RecentCues = file.RecentCues.ToHashSet();
        SideCues = file.SideCues.Select(cue => cue.Split(' ')).ToList();
        NegotiatorTitles = file.NegotiatorTitles;
        AnaphoraNouns = file.AnaphoraNouns.ToHashSet();
        HedgeCues = file.HedgeCues.ToHashSet();
        ClauseBreakers = file.ClauseBreakers.ToHashSet();
        EndCues = file.EndCues.ToHashSet();
        DoubtCues = file.DoubtCues.ToHashSet();
        Phrases = new PhraseMatcher<EventCategory>(
            file.Categories.SelectMany(category => category.Phrases.Select(phrase => (phrase, category))));
    }

    public static TriggerLexicon Default { get; } = Load();

    public IReadOnlyList<EventCategory> Categories { get; }

    public PhraseMatcher<EventCategory> Phrases { get; }

    public IReadOnlySet<string> PlanningCues { get; }

    public IReadOnlySet<string> NegationCues { get; }

    public IReadOnlySet<string> PresentCues { get; }

    public IReadOnlySet<string> BackgroundCues { get; }

    public IReadOnlySet<string> RecentCues { get; }

    /// <summary>Phrases that say both sides act together ("both sides", "they"), as token sequences.</summary>
    public IReadOnlyList<string[]> SideCues { get; }

    /// <summary>Words of titles held by trade negotiators; such people named near talks are taken as delegates.</summary>
    public IReadOnlyList<string> NegotiatorTitles { get; }

    /// <summary>Nouns that, opening a sentence, point back at the event before it ("The measures ...").</summary>
    public IReadOnlySet<string> AnaphoraNouns { get; }

    /// <summary>Words that make any event only possible ("could", "may"), so it is not reported as done.</summary>
    public IReadOnlySet<string> HedgeCues { get; }

    /// <summary>Words that end the clause of a trigger ("since", "after"): people named past them are not its participants.</summary>
    public IReadOnlySet<string> ClauseBreakers { get; }

    /// <summary>Verbs saying a multi-day event ended ("wrapped up on Sunday").</summary>
    public IReadOnlySet<string> EndCues { get; }

    /// <summary>Words that put a whole clause in doubt ("neither side confirmed whether ...").</summary>
    public IReadOnlySet<string> DoubtCues { get; }

    public EventCategory Category(string name) => Categories.First(c => c.Name == name);

    private static TriggerLexicon Load()
    {
        using var stream = typeof(TriggerLexicon).Assembly.GetManifestResourceStream("Timeline.Extraction.Data.event-triggers.json")
            ?? throw new InvalidOperationException("The embedded resource Data/event-triggers.json is missing.");
        var options = new JsonSerializerOptions
        {
            PropertyNameCaseInsensitive = true,
            Converters = { new JsonStringEnumConverter() },
        };
        var file = JsonSerializer.Deserialize<LexiconFile>(stream, options)
            ?? throw new InvalidOperationException("Data/event-triggers.json is empty.");
        return new TriggerLexicon(file);
    }

    private sealed record LexiconFile(
        IReadOnlyList<EventCategory> Categories,
        IReadOnlyList<string> PlanningCues,
        IReadOnlyList<string> NegationCues,
        IReadOnlyList<string> PresentCues,
        IReadOnlyList<string> BackgroundCues,
        IReadOnlyList<string> RecentCues,
        IReadOnlyList<string> SideCues,
        IReadOnlyList<string> NegotiatorTitles,
        IReadOnlyList<string> AnaphoraNouns,
        IReadOnlyList<string> HedgeCues,
        IReadOnlyList<string> ClauseBreakers,
        IReadOnlyList<string> EndCues,
        IReadOnlyList<string> DoubtCues);
}
