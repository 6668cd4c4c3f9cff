using Timeline.Extraction.Model;

namespace Timeline.Api.Events.Merging;

/// <summary>Decides whether two claims can describe the same real-world event (issue 4, point 1).</summary>
public static class EventMatcher
{
    /// <summary>A US "Sunday" call is a Chinese "Monday" call.</summary>
    public const int SlackDays = EventDate.TimeZoneSlackDays;

    /// <summary>
    /// Claims that can be compatible share a family: the merger locks and looks up candidates per family and date,
    /// so whatever <see cref="Compatible"/> becomes, Compatible(a, b) must imply Family(a) == Family(b). Today a
    /// family is one CAMEO root (Compatible asks for the same type, and a type has one root).
    /// </summary>
    public static string Family(Claim claim) => claim.CameoRoot;

    /// <summary>The CAMEO roots whose claims belong to <paramref name="family"/>: what the candidate lookup filters on.</summary>
    public static IReadOnlyList<string> RootsOf(string family) => [family];

    /// <summary>
    /// The days a compatible claim must touch: every claim compatible with <paramref name="claim"/> overlaps this
    /// range. Null for an undated claim, which is compatible with undated claims only.
    /// </summary>
    public static (DateOnly From, DateOnly To)? DateReach(Claim claim) =>
        claim.Date is { } date ? (date.Earliest.AddDays(-SlackDays), date.Latest.AddDays(SlackDays)) : null;

    public static bool Compatible(Claim a, Claim b) =>
        a.Type == b.Type
        && a.CameoRoot == b.CameoRoot
        && LocationsCompatible(a.Location, b.Location)
        && DatesCompatible(a, b)
        && PrincipalsCompatible(a, b);

    /// <summary>
    /// Complete linkage, used for coarse claims: "July" joins a day-dated event only when it agrees with
    /// every claim there, so a loose report cannot drag two different events into one.
    /// </summary>
    public static bool CompatibleWithAll(Claim claim, IEnumerable<Claim> existing) =>
        existing.All(other => Compatible(claim, other));

    private static bool LocationsCompatible(string? a, string? b) =>
        a is null || b is null || string.Equals(a, b, StringComparison.OrdinalIgnoreCase);

    // An undated claim gives nothing to tell two events apart, so it only joins other undated claims.
    private static bool DatesCompatible(Claim a, Claim b) => (a.Date, b.Date) switch
    {
        (null, null) => true,
        (null, _) or (_, null) => false,
        var (x, y) => x.CanBeSameEventAs(y),
    };

    private static bool PrincipalsCompatible(Claim a, Claim b)
    {
        // People and organizations are the principals; a ministry's accusation is not a president's.
        var principalsA = a.ActorIds("person").Union(a.ActorIds("organization")).ToHashSet();
        var principalsB = b.ActorIds("person").Union(b.ActorIds("organization")).ToHashSet();
        if (principalsA.Count > 0 && principalsB.Count > 0)
        {
            return Nested(principalsA, principalsB);
        }

        return Nested(a.ActorIds("country"), b.ActorIds("country"));
    }

    private static bool Nested(IReadOnlySet<string> a, IReadOnlySet<string> b) =>
        (a.Count == 0) == (b.Count == 0) && (a.IsSubsetOf(b) || b.IsSubsetOf(a));
}
