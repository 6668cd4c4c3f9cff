using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Model;
using Timeline.Extraction.Topics;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Writes an assembled event: its participants (people with the title they held then, organizations, the countries
/// taking part, each marked as acting or acted on), its title, a summary, topics, the evidence sentences and a confidence.
/// </summary>
internal sealed class EventWriter(Gazetteer gazetteer)
{
    private const int SummaryLength = 280;

    public ExtractedEvent Write(ReportedEvent reported, EventDate date, bool dateWritten, IReadOnlySet<string> sides, string? actingSide)
    {
        var people = reported.Persons.ToList();
        var organizations = reported.Participants.Select(a => a.Actor).Where(a => a.Kind == ActorKind.Organization).DistinctBy(a => a.Id).ToList();
        var countries = TakingPart(reported, sides, actingSide).Select(gazetteer.Country).OfType<Actor>().OrderBy(c => c.Name, StringComparer.Ordinal).ToList();
        var acts = Acting(reported, actingSide);
        var participants = people.Select(p => new EventParticipant(p, TitleOf(reported, p, date), acts(p)))
            .Concat(organizations.Select(o => new EventParticipant(o, null, acts(o))))
            .Concat(countries.Select(c => new EventParticipant(c, null, acts(c))))
            .ToList();
        var evidence = reported.Mentions.Concat(reported.Content).Select(m => m.Evidence).DistinctBy(e => e.Start).OrderBy(e => e.Start).ToList();
        return new ExtractedEvent(
            reported.Type,
            reported.Kind.Cameo,
            date,
            EventTitles.For(reported, people, countries),
            Summary(reported),
            participants,
            reported.Place,
            TopicClassifier.Classify(reported.Mentions.SelectMany(m => m.Facts.Tokens).ToList()),
            evidence,
            Confidence(reported, date, dateWritten))
        {
            Provenance = reported.Provenance.ToList(),
        };
    }

    /// <summary>
    /// The countries named as participants: both sides of an encounter or agreement; for an act or a declaration the side
    /// that acts and the sides of its people, not a country it falls on ("China bans exports to the United States" is
    /// China's act: the United States is its target, named in the title, not a party to it).
    /// </summary>
    private static IEnumerable<string> TakingPart(ReportedEvent reported, IReadOnlySet<string> sides, string? actingSide) =>
        reported.Type is EventType.Meeting or EventType.Call or EventType.Talks or EventType.Agreement
            ? sides
            : sides.Where(side => side == actingSide
                || reported.Agents.Any(a => TimelineScope.SideOf(a.Actor) == side)
                || reported.Persons.Any(p => p.Country == side && reported.Targets.All(t => t.Actor.Id != p.Id)));

    /// <summary>Everyone at an encounter acts; otherwise the agents and the acting side, and no target.</summary>
    private Func<Actor, bool> Acting(ReportedEvent reported, string? actingSide)
    {
        if (reported.Kind.Shape == EventShape.Encounter)
        {
            return _ => true;
        }

        var ids = reported.Agents.Select(a => a.Actor.Id).ToHashSet(StringComparer.Ordinal);
        if (actingSide is not null && gazetteer.Country(actingSide) is { } side)
        {
            ids.Add(side.Id);
        }

        return actor => ids.Contains(actor.Id);
    }

    /// <summary>The title written at a mention of the person, else the role the gazetteer gives them on that date.</summary>
    private static string? TitleOf(ReportedEvent reported, Actor person, EventDate date) =>
        reported.Participants.Where(a => a.Actor.Id == person.Id).Select(a => a.Mention.Title).FirstOrDefault(t => t is not null)
        ?? person.Roles.FirstOrDefault(r => r.HeldOn(date.Earliest) || r.HeldOn(date.Latest))?.Title;

    /// <summary>The first sentence that reports the event, preferring the story text to a photo caption.</summary>
    private static string Summary(ReportedEvent reported)
    {
        var text = reported.Mentions.OrderBy(m => m.Facts.Sentence.IsCaption).Select(m => m.Facts.Sentence.Text.Trim()).First();
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > 0 ? cut : SummaryLength)] + "…";
    }

    /// <summary>The models' confidence in the type, raised by repeated reports and a written date, lowered by a coarse one.</summary>
    private static double Confidence(ReportedEvent reported, EventDate date, bool dateWritten)
    {
        double score = reported.Mentions.Max(m => m.Confidence);
        score += Math.Min(0.1, 0.03 * (reported.Mentions.Count - 1));
        score += dateWritten ? 0.05 : 0;
        score -= date.Precision == DatePrecision.Year ? 0.1 : 0;
        return Math.Round(Math.Clamp(score, 0.05, 0.99), 2);
    }
}
