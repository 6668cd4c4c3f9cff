using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Model;
using Timeline.Extraction.Text;
using Timeline.Extraction.Topics;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// Writes an assembled event: its participants (people with the title they held then, organizations, and the
/// countries taking part), a short title from the kind's template, a summary, topics, evidence and a confidence.
/// </summary>
internal sealed class EventDescriber(Gazetteer gazetteer)
{
    private const int SummaryLength = 280;

    public ExtractedEvent Describe(EventDraft draft, IReadOnlyCollection<string> sides)
    {
        var date = draft.Date!;
        var people = draft.Persons.ToList();
        var organizations = draft.Agents.Concat(draft.Others).Select(a => a.Actor).Where(a => a.Kind == ActorKind.Organization).DistinctBy(a => a.Id).ToList();
        var countries = sides.Select(gazetteer.Country).OfType<Actor>().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var acting = ActingIds(draft);
        var participants = people.Select(p => new EventParticipant(p, TitleOf(draft, p, date), acting(p)))
            .Concat(organizations.Select(o => new EventParticipant(o, null, acting(o))))
            .Concat(countries.Select(c => new EventParticipant(c, null, acting(c))))
            .ToList();
        var evidence = draft.Mentions.Concat(draft.Content).Select(m => m.Evidence).DistinctBy(e => e.Start).OrderBy(e => e.Start).ToList();
        return new ExtractedEvent(
            draft.Kind.Type,
            draft.Kind.Cameo,
            date,
            Title(draft, people, countries),
            Summary(draft),
            participants,
            draft.Place,
            TopicClassifier.Classify(draft.Mentions.SelectMany(m => m.Facts.Tokens).ToList()),
            evidence,
            Confidence(draft));
    }

    /// <summary>
    /// Who acts: everyone at an encounter; otherwise the agents, their organizations' and their own countries, and,
    /// where the text names no agent, whoever is not a target.
    /// </summary>
    private Func<Actor, bool> ActingIds(EventDraft draft)
    {
        if (draft.Kind.IsEncounter)
        {
            return _ => true;
        }

        var agents = draft.Agents.Select(a => a.Actor).ToList();
        var ids = agents.Select(a => a.Id)
            .Concat(agents.Select(Coreference.SideOf).OfType<string>().Select(gazetteer.Country).OfType<Actor>().Select(c => c.Id))
            .ToHashSet(StringComparer.Ordinal);
        var targets = draft.Others.Select(o => o.Actor.Id).ToHashSet(StringComparer.Ordinal);
        return actor => ids.Count > 0 ? ids.Contains(actor.Id) : !targets.Contains(actor.Id);
    }

    /// <summary>The title written at a mention of the person, else the role the gazetteer gives them on that date.</summary>
    private static string? TitleOf(EventDraft draft, Actor person, EventDate date) =>
        draft.Mentions.SelectMany(m => m.Participants.All).Where(a => a.Actor.Id == person.Id).Select(a => a.Mention.Title).FirstOrDefault(t => t is not null)
        ?? person.Roles.FirstOrDefault(r => r.HeldOn(date.Earliest) || r.HeldOn(date.Latest))?.Title;

    private static string Title(EventDraft draft, List<Actor> people, List<Actor> countries)
    {
        var agents = Names(draft.Agents.Select(a => a.Actor).Where(a => a.Kind != ActorKind.Country).DistinctBy(a => a.Id))
            ?? Names(draft.Agents.Select(a => a.Actor).DistinctBy(a => a.Id))
            ?? Names(people)
            ?? Names(countries)
            ?? "Unnamed party";
        // Who the agents stand for is not a target ("Xie Feng accuses the United States", not "... China and ...").
        var agentSides = draft.Agents.Select(a => Coreference.SideOf(a.Actor)).OfType<string>().ToHashSet();
        var targets = Names(draft.Others.Select(o => o.Actor).Where(a => !agents.Contains(a.Name, StringComparison.Ordinal)).DistinctBy(a => a.Id).Where(a => a.Kind != ActorKind.Country))
            ?? Names(countries.Where(c => !agents.Contains(c.Name, StringComparison.Ordinal) && !agentSides.Contains(c.Name)));
        var sides = Names(people) ?? Names(countries) ?? agents;
        var title = draft.Kind.Title
            .Replace("{sides}", sides, StringComparison.Ordinal)
            .Replace("{agents}", agents, StringComparison.Ordinal)
            .Replace("{place}", draft.Place ?? "abroad", StringComparison.Ordinal);
        title = targets is null ? WithoutTargets(title) : title.Replace("{targets}", targets, StringComparison.Ordinal);
        return draft.Place is { } place && draft.Kind.Shape == EventShape.Encounter && !title.Contains(place, StringComparison.Ordinal)
            ? $"{title} in {place}"
            : title;
    }

    /// <summary>"{agents} sanctions {targets}" with nobody targeted reads "{agents} sanctions".</summary>
    private static string WithoutTargets(string title)
    {
        foreach (var joiner in new[] { " on {targets}", " to {targets}", " with {targets}", " {targets}" })
        {
            title = title.Replace(joiner, string.Empty, StringComparison.Ordinal);
        }

        return title;
    }

    private static string? Names(IEnumerable<Actor> actors)
    {
        var names = actors.Select(a => a.Name).Distinct().ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    /// <summary>The first sentence that reports the event, preferring the story text to a photo caption.</summary>
    private static string Summary(EventDraft draft)
    {
        var text = draft.Mentions.OrderBy(m => m.Facts.Sentence.IsCaption).Select(m => m.Facts.Sentence.Text.Trim()).First();
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > 0 ? cut : SummaryLength)] + "…";
    }

    /// <summary>A written date, both sides named and repeated reports raise it; a caption alone or a year-only date lower it.</summary>
    private static double Confidence(EventDraft draft)
    {
        var score = 0.5;
        score += draft.DateFromText ? (draft.Date!.Precision == DatePrecision.Day ? 0.15 : 0.1) : 0;
        score += draft.Persons.Count() >= 2 || draft.Kind.Shape != EventShape.Encounter ? 0.1 : 0;
        score += Math.Min(0.15, 0.05 * (draft.Mentions.Count - 1));
        score -= draft.Mentions.All(m => m.Facts.Sentence.IsCaption) ? 0.15 : 0;
        score -= draft.Date!.Precision == DatePrecision.Year && !draft.DateFromText ? 0.15 : 0;
        return Math.Round(Math.Clamp(score, 0.1, 0.95), 2);
    }
}
