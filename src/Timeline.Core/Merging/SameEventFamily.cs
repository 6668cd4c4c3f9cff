using Timeline.Core.Claims;
using Timeline.Extraction.Model;

namespace Timeline.Core.Merging;

/// <summary>
/// The candidate lookup around the same-event judge: which claims can be compared at all. The merger locks and
/// reads stored claims per family and date window (<see cref="ClaimWindow"/>), so a judge only ever decides about
/// claims of one family whose dates come within <see cref="SlackDays"/> of each other.
/// </summary>
public static class SameEventFamily
{
    /// <summary>A US "Sunday" call is a Chinese "Monday" call.</summary>
    public const int SlackDays = EventDate.TimeZoneSlackDays;

    private const string Encounter = "encounter";
    private const string Declaration = "declaration";
    private const string Restriction = "restriction";

    /// <summary>
    /// One event is told in several words: a summit is a meeting to one outlet and talks to another (CAMEO 04), a
    /// remark a statement or an accusation, an entity-list addition an export control or a sanction. Other types keep
    /// their own family per CAMEO root (a visit and a drill are both "other").
    /// </summary>
    public static string Family(Claim claim) => claim.Type switch
    {
        "meeting" or "call" or "talks" => Encounter,
        "statement" or "accusation" => Declaration,
        "sanction" or "export_control" => Restriction,
        var type => $"{type}:{claim.CameoRoot}",
    };

    /// <summary>Encounters and declarations are told by the people in them; acts by the side that acts.</summary>
    public static bool IsToldByPeople(Claim claim) => Family(claim) is Encounter or Declaration;

    /// <summary>The CAMEO roots whose claims belong to <paramref name="family"/>: what the candidate lookup filters on.</summary>
    public static IReadOnlyList<string> RootsOf(string family) => family switch
    {
        Encounter => ["04"],
        Declaration => ["01", "11"],
        Restriction => ["16"],
        _ => [family[(family.IndexOf(':') + 1)..]],
    };

    /// <summary>
    /// The days a candidate must touch: every candidate of <paramref name="claim"/> overlaps this range. Null for an
    /// undated claim, whose candidates are the undated claims of its family.
    /// </summary>
    public static (DateOnly From, DateOnly To)? DateReach(Claim claim) =>
        claim.Date is { } date ? (date.Earliest.AddDays(-SlackDays), date.Latest.AddDays(SlackDays)) : null;

    /// <summary>Same family, and both undated or dated within each other's reach.</summary>
    public static bool AreCandidates(Claim a, Claim b) =>
        Family(a) == Family(b)
        && (a.Date, b.Date) switch
        {
            (null, null) => true,
            (null, _) or (_, null) => false,
            (_, { } other) => DateReach(a) is var (from, to) && other.Earliest <= to && other.Latest >= from,
        };
}
