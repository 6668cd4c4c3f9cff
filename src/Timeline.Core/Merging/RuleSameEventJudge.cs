using Timeline.Core.Claims;
using Timeline.Extraction.Model;

namespace Timeline.Core.Merging;

/// <summary>
/// The default same-event decision, by rules: same family, dates that can be one day's, and the same actors: for an
/// encounter or a declaration the people named (one report may name fewer), for an act the side that acts. Places are
/// not compared: one outlet writes Woodside, another San Francisco.
/// </summary>
public sealed class RuleSameEventJudge : ISameEventJudge
{
    public static readonly RuleSameEventJudge Instance = new();

    public bool Same(Claim a, Claim b) =>
        SameEventFamily.Family(a) == SameEventFamily.Family(b)
        && DatesCompatible(a, b)
        && (SameEventFamily.IsToldByPeople(a) ? PeopleCompatible(a, b) : ActorsCompatible(a, b));

    // An undated claim gives nothing to tell two events apart, so it only joins other undated claims.
    private static bool DatesCompatible(Claim a, Claim b) => (a.Date, b.Date) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        var (x, y) => x.CanBeSameEventAs(y),
    };

    /// <summary>
    /// The people one report names are among those the other names. A report dated only to the year says too little
    /// to join an event dated finer: the same people meet several times a year ("Blinken met Wang Yi" some day of 2021
    /// may be Anchorage, Rome or another meeting).
    /// </summary>
    private static bool PeopleCompatible(Claim a, Claim b)
    {
        var peopleA = a.ActorIds("person");
        var peopleB = b.ActorIds("person");
        if (peopleA.Count == 0 || peopleB.Count == 0)
        {
            return Nested(a.ActorIds("country"), b.ActorIds("country"));
        }

        return !OnlyOneDatedToTheYear(a, b) && Nested(peopleA, peopleB);
    }

    /// <summary>
    /// An act is told by the side that acts ("China's tariffs on US goods" is not "US tariffs on Chinese goods",
    /// though both name the two countries); the ministry or the official named is a detail one outlet gives and
    /// another does not. Claims that do not record who acts compare the countries they name.
    /// </summary>
    private static bool ActorsCompatible(Claim a, Claim b)
    {
        var actingA = a.ActingCountries;
        var actingB = b.ActingCountries;
        var sameSide = actingA.Count > 0 && actingB.Count > 0
            ? actingA.SetEquals(actingB)
            : Nested(a.ActorIds("country"), b.ActorIds("country"));
        return sameSide && (!OnlyOneDatedToTheYear(a, b) || NamedBeyondStates(a).SetEquals(NamedBeyondStates(b)));
    }

    /// <summary>
    /// "China sanctioned two defence chiefs in 2022" is not China's sanctions on Pelosi of August 2022 because the side
    /// and the year agree: a report dated only to the year joins a finer one when it names the same people and bodies.
    /// </summary>
    private static bool OnlyOneDatedToTheYear(Claim a, Claim b) =>
        (a.Date?.Precision == DatePrecision.Year || b.Date?.Precision == DatePrecision.Year) && a.Date?.Precision != b.Date?.Precision;

    private static HashSet<string> NamedBeyondStates(Claim claim) =>
        claim.Participants.Where(p => p.Kind != "country").Select(p => p.ActorId).ToHashSet(StringComparer.Ordinal);

    private static bool Nested(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        (a.Count == 0) == (b.Count == 0) && (a.IsSubsetOf(b) || b.IsSubsetOf(a));
}
