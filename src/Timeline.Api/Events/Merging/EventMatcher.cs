using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>Decides whether two claims can describe the same real-world event.</summary>
public static class EventMatcher
{
    /// <summary>A US "Sunday" call is a Chinese "Monday" call.</summary>
    public const int SlackDays = EventDate.TimeZoneSlackDays;

    private const string Encounter = "encounter";
    private const string Declaration = "declaration";
    private const string Restriction = "restriction";

    /// <summary>
    /// Claims that can be compatible share a family, and the merger locks and looks up candidates per family and
    /// date, so Compatible(a, b) implies Family(a) == Family(b). One event is told in several words: a summit is a
    /// meeting to one outlet and talks to another (CAMEO 04), a remark a statement or an accusation, an entity-list
    /// addition an export control or a sanction. Other types keep their own family per CAMEO root (a visit and a
    /// drill are both "other").
    /// </summary>
    public static string Family(Claim claim) => claim.Type switch
    {
        "meeting" or "call" or "talks" => Encounter,
        "statement" or "accusation" => Declaration,
        "sanction" or "export_control" => Restriction,
        var type => $"{type}:{claim.CameoRoot}",
    };

    /// <summary>The CAMEO roots whose claims belong to <paramref name="family"/>: what the candidate lookup filters on.</summary>
    public static IReadOnlyList<string> RootsOf(string family) => family switch
    {
        Encounter => ["04"],
        Declaration => ["01", "11"],
        Restriction => ["16"],
        _ => [family[(family.IndexOf(':') + 1)..]],
    };

    /// <summary>
    /// The days a compatible claim must touch: every claim compatible with <paramref name="claim"/> overlaps this
    /// range. Null for an undated claim, which is compatible with undated claims only.
    /// </summary>
    public static (DateOnly From, DateOnly To)? DateReach(Claim claim) =>
        claim.Date is { } date ? (date.Earliest.AddDays(-SlackDays), date.Latest.AddDays(SlackDays)) : null;

    /// <summary>
    /// Same family, dates that can be one day's, and the same actors: for an encounter or a declaration the people
    /// named (one report may name fewer), for an act the side that acts. Places are not compared: one outlet writes
    /// Woodside, another San Francisco.
    /// </summary>
    public static bool Compatible(Claim a, Claim b) =>
        Family(a) == Family(b)
        && DatesCompatible(a, b)
        && (Family(a) is Encounter or Declaration ? PeopleCompatible(a, b) : ActorsCompatible(a, b));

    /// <summary>
    /// Complete linkage, used for coarse claims: "July" joins a day-dated event only when it agrees with
    /// every claim there, so a loose report cannot drag two different events into one.
    /// </summary>
    public static bool CompatibleWithAll(Claim claim, IEnumerable<Claim> existing) =>
        existing.All(other => Compatible(claim, other));

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
