using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// What belongs on a US–China timeline (a fact of the product, not of any article): an encounter or agreement between
/// the two sides; an appointment that concerns the other side; any other act or declaration of one of them that does
/// not fall only on third countries. Whether a report is news for the timeline at all is the type model's decision.
/// </summary>
internal sealed class TimelineScope(Gazetteer gazetteer)
{
    public static readonly IReadOnlySet<string> Principals = new HashSet<string>(StringComparer.Ordinal) { "United States", "China" };

    /// <summary>Where the other side is: Taiwan and Hong Kong are matters between the two.</summary>
    private static readonly HashSet<string> Theatre = new(StringComparer.Ordinal) { "United States", "China", "Taiwan", "Hong Kong" };

    public static string? SideOf(Actor actor) => actor.Kind == ActorKind.Country ? actor.Name : actor.Country;

    /// <summary>
    /// The countries taking part: those of everyone named in a role, or added by a later stage. Talks or an agreement told without sides ("the
    /// trade talks", "the truce") in an article that names both principals are between them.
    /// </summary>
    public HashSet<string> Sides(ReportedEvent reported, IReadOnlySet<string> articleSides)
    {
        var sides = reported.Participants.Select(a => a.Actor).Concat(reported.AddedPersons)
            .Select(SideOf).OfType<string>().Where(c => gazetteer.Country(c) is not null).ToHashSet();
        var unnamed = IsBetweenSides(reported.Type) && !reported.Persons.Any() && sides.IsSubsetOf(Principals);
        if (unnamed && Principals.IsSubsetOf(articleSides))
        {
            sides.UnionWith(Principals);
        }

        return sides;
    }

    private static bool IsBetweenSides(EventType type) => type is EventType.Talks or EventType.Agreement;

    /// <summary>The side that acts: the agents'; for an act told without its agent, the principal its targets do not belong to.</summary>
    public static string? ActingSide(ReportedEvent reported, IReadOnlySet<string> sides)
    {
        var named = reported.Agents.Select(a => SideOf(a.Actor)).OfType<string>().FirstOrDefault();
        if (named is not null || reported.Kind.Shape != EventShape.Act)
        {
            return named;
        }

        var targeted = reported.Targets.Select(a => SideOf(a.Actor)).OfType<string>().ToHashSet();
        return targeted.Contains("China") && !targeted.Contains("United States") ? "United States"
            : targeted.Contains("United States") && !targeted.Contains("China") ? "China"
            : null;
    }

    public bool Keep(ReportedEvent reported, IReadOnlySet<string> sides, string? actingSide) => reported.Type switch
    {
        EventType.Meeting or EventType.Call or EventType.Talks or EventType.Agreement => Principals.IsSubsetOf(sides),
        EventType.Appointment => AppointmentKept(reported, sides),
        _ => (actingSide is not null ? Principals.Contains(actingSide) : sides.Overlaps(Principals)) && !OnlyThirdCountryTargets(reported),
    };

    /// <summary>An appointment concerns the other side: an ambassador to China, a Chinese envoy arriving in Washington.</summary>
    private static bool AppointmentKept(ReportedEvent reported, IReadOnlySet<string> sides)
    {
        var appointed = reported.Persons.Select(p => p.Country).OfType<string>().Where(Principals.Contains).ToHashSet();
        var named = reported.Mentions.SelectMany(m => m.Facts.Actors).Select(a => SideOf(a.Actor)).OfType<string>().ToHashSet();
        return appointed.Count > 0
            && (Principals.Except(appointed).Any(named.Contains) || sides.IsSupersetOf(Principals)
                || reported.Persons.Any(p => p.Roles.Any(r => Principals.Except(appointed).Any(s => r.Title.Contains(s, StringComparison.OrdinalIgnoreCase)))));
    }

    private static bool OnlyThirdCountryTargets(ReportedEvent reported)
    {
        var targets = reported.Targets.Select(o => SideOf(o.Actor)).OfType<string>().ToHashSet();
        return targets.Count > 0 && !targets.Overlaps(Theatre);
    }
}
