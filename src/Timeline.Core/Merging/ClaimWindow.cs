using System.Globalization;
using Timeline.Core.Claims;

namespace Timeline.Core.Merging;

/// <summary>
/// A range of days of one merge family (<see cref="SameEventFamily.Family"/>) that the merger locks and reads whole;
/// <see cref="From"/> and <see cref="To"/> are null for the family's undated claims.
/// </summary>
public sealed record ClaimWindow(string Family, DateOnly? From, DateOnly? To)
{
    /// <summary>The window holding every claim that can be compatible with <paramref name="claim"/>.</summary>
    public static ClaimWindow Of(Claim claim) => SameEventFamily.DateReach(claim) is var (from, to)
        ? new(SameEventFamily.Family(claim), from, to)
        : new(SameEventFamily.Family(claim), null, null);

    public bool IsUndated => From is null;

    /// <summary>
    /// The lock names the window needs: its family and each calendar month it touches ("04|2025-07"), or
    /// "04|undated". Two writers whose windows share a day share a lock, so neither reads what the other is changing.
    /// </summary>
    public IEnumerable<string> Buckets()
    {
        if (From is not { } from || To is not { } to)
        {
            yield return $"{Family}|undated";
            yield break;
        }

        for (var month = new DateOnly(from.Year, from.Month, 1); month <= to; month = month.AddMonths(1))
        {
            yield return $"{Family}|{month.ToString("yyyy-MM", CultureInfo.InvariantCulture)}";
        }
    }

    /// <summary>Whether a claim dated <paramref name="claim"/> lies (partly) inside this window.</summary>
    public bool Touches(Claim claim) =>
        SameEventFamily.Family(claim) == Family
        && (claim.Date is { } date
            ? From is { } from && To is { } to && date.Earliest <= to && date.Latest >= from
            : IsUndated);
}
