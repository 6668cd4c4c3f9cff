using Timeline.Core.Claims;

namespace Timeline.Core.Merging;

/// <summary>
/// Derives an event from its claims. Every choice depends only on the set of claims, never on the
/// order they arrived in, so ingesting the same articles in any order gives the same events.
/// </summary>
public static class ClaimDerivation
{
    public static DerivedEvent Derive(IReadOnlyCollection<Claim> claims)
    {
        if (claims.Count == 0)
        {
            throw new ArgumentException("An event needs at least one claim.", nameof(claims));
        }

        var date = claims
            .Where(c => c.Date is not null)
            .Select(c => c.Date!)
            .GroupBy(d => d)
            .OrderBy(g => g.Key.Precision)        // finest precision first (Day < Month < Year)
            .ThenByDescending(g => g.Count())      // then the most common value
            .ThenBy(g => g.Key.Earliest)           // then the earliest
            .Select(g => g.Key)
            .FirstOrDefault();

        var representative = claims
            .OrderByDescending(c => c.Date == date)
            .ThenByDescending(c => c.Confidence)
            .ThenBy(c => c.Title, StringComparer.Ordinal)
            .ThenBy(c => c.Summary, StringComparer.Ordinal)
            .First();

        return new DerivedEvent(
            MostCommonType(claims, representative.Type),
            MostCommon(claims.Select(c => c.CameoCode)),
            date,
            MostCommon(claims.Select(c => c.Location)),
            representative.Title,
            representative.Summary,
            claims.Max(c => c.Confidence),
            claims.SelectMany(c => c.Topics).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            UnionOfParticipants(claims));
    }

    /// <summary>
    /// Reports of one summit may call it a meeting or talks: the event takes the type most of them give, and the
    /// representative claim's type on a tie.
    /// </summary>
    private static string MostCommonType(IReadOnlyCollection<Claim> claims, string representativeType) => claims
        .GroupBy(c => c.Type, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenByDescending(g => g.Key == representativeType)
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .First();

    private static string? MostCommon(IEnumerable<string?> values) => values
        .OfType<string>()
        .GroupBy(v => v, StringComparer.Ordinal)
        .OrderByDescending(g => g.Count())
        .ThenBy(g => g.Key, StringComparer.Ordinal)
        .Select(g => g.Key)
        .FirstOrDefault();

    private static List<ClaimActor> UnionOfParticipants(IEnumerable<Claim> claims) => claims
        .SelectMany(c => c.Participants)
        .GroupBy(p => p.ActorId, StringComparer.Ordinal)
        .Select(g => new ClaimActor(
            g.Key,
            g.First().Kind,
            g.Select(p => p.Role).OfType<string>().Order(StringComparer.Ordinal).FirstOrDefault(),
            g.Any(p => p.Acts)))
        .OrderBy(p => KindOrder(p.Kind))
        .ThenBy(p => p.ActorId, StringComparer.Ordinal)
        .ToList();

    private static int KindOrder(string kind) => kind switch
    {
        "person" => 0,
        "organization" => 1,
        _ => 2,
    };
}
