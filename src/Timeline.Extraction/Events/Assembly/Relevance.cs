using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// Whether an assembled event stands on its own and belongs on a US–China timeline: an encounter needs both sides
/// named, an act or a declaration the side that acts (the United States or China), a trip someone who travels to the
/// other side, an appointment the person appointed. An act on a third country ("tariffs on Canada") is off the timeline.
/// </summary>
internal sealed class Relevance(Gazetteer gazetteer)
{
    /// <summary>The two sides of every event on the timeline.</summary>
    public static readonly IReadOnlySet<string> Principals = new HashSet<string>(StringComparer.Ordinal) { "United States", "China" };

    /// <summary>Where the other side is: Taiwan and Hong Kong are matters between the two.</summary>
    private static readonly HashSet<string> Theatre = new(StringComparer.Ordinal) { "United States", "China", "Taiwan", "Hong Kong" };

    public bool Keep(EventDraft draft, IReadOnlyCollection<string> sides, string? agentSide)
    {
        return draft.Kind.Shape switch
        {
            EventShape.Encounter => sides.Contains("United States") && sides.Contains("China"),
            EventShape.Personnel => PersonnelKept(draft),
            EventShape.Movement => MovementKept(draft, agentSide),
            EventShape.Declaration => agentSide is not null && Principals.Contains(agentSide) && SpeaksOfficially(draft),
            _ => agentSide is not null && Principals.Contains(agentSide) && !OnlyThirdCountryTargets(draft),
        };
    }

    /// <summary>
    /// An appointment belongs on the timeline when it concerns the other side: an ambassador to China confirmed, a new
    /// Chinese ambassador arriving in the United States; a president taking office is domestic news.
    /// </summary>
    private static bool PersonnelKept(EventDraft draft)
    {
        var sides = draft.Persons.Select(p => p.Country).OfType<string>().Where(Principals.Contains).ToHashSet();
        var otherSides = Principals.Except(sides).ToList();
        var named = draft.Mentions.SelectMany(m => m.Facts.Actors).Select(a => Coreference.SideOf(a.Actor)).OfType<string>();
        return sides.Count > 0
            && (otherSides.Any(named.Contains) || draft.Persons.Any(person => HoldsPostWith(person, otherSides)));
    }

    /// <summary>An office that names the other side ("Ambassador to China"): the title often swallows the country's name.</summary>
    private static bool HoldsPostWith(Actor person, IEnumerable<string> otherSides) =>
        person.Roles.Any(role => otherSides.Any(side => role.Title.Contains(side, StringComparison.OrdinalIgnoreCase)));

    /// <summary>
    /// A statement on the timeline is a government's or a public official's: a state, an organization, or a person
    /// the gazetteer knows in an office (a nominee speaking at his hearing counts; an editor or analyst does not).
    /// </summary>
    private static bool SpeaksOfficially(EventDraft draft) =>
        draft.Agents.Select(a => a.Actor).Any(actor => actor.Kind != ActorKind.Person || actor.Roles.Count > 0);

    private bool MovementKept(EventDraft draft, string? travellerSide)
    {
        var destination = draft.Mentions.Select(m => m.Participants.Destination).FirstOrDefault(d => d is not null);
        var destinationSide = destination is null ? null : gazetteer.Country(destination)?.Name ?? PlaceCountry(draft, destination);
        return travellerSide is not null && Principals.Contains(travellerSide)
            && destinationSide is not null && Theatre.Contains(destinationSide) && destinationSide != travellerSide;
    }

    private static string? PlaceCountry(EventDraft draft, string place) =>
        draft.Mentions.SelectMany(m => m.Facts.Places).Where(p => p.Name == place).Select(p => p.Country).FirstOrDefault(c => c is not null);

    private static bool OnlyThirdCountryTargets(EventDraft draft)
    {
        var targets = draft.Others.Select(o => Coreference.SideOf(o.Actor)).OfType<string>().ToHashSet();
        return targets.Count > 0 && !targets.Overlaps(Theatre);
    }
}
