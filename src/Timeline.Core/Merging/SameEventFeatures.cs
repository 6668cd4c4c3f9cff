using Timeline.Core.Claims;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Core.Merging;

/// <summary>
/// The features of a pair of claims for the learned same-event decision. Symmetric (the pair in either order gives the
/// same features) and free of names: the family and types, how the dates relate, how many people, bodies and sides
/// the two share or do not, whether the same side acts, whether the places, topics and title words agree.
/// </summary>
public static class SameEventFeatures
{
    public static IReadOnlyList<string> Of(Claim a, Claim b)
    {
        var features = new FeatureSet();
        var family = SameEventFamily.Family(a).Split(':')[0];
        features.Add("family", family);
        features.Add("types", string.Join("|", new[] { a.Type, b.Type }.Order(StringComparer.Ordinal)));
        AddDates(features, a.Date, b.Date);
        AddOverlap(features, "persons", a.ActorIds("person"), b.ActorIds("person"));
        AddOverlap(features, "bodies", a.ActorIds("organization"), b.ActorIds("organization"));
        AddOverlap(features, "countries", a.ActorIds("country"), b.ActorIds("country"));
        var (actingA, actingB) = (a.ActingCountries, b.ActingCountries);
        features.Add("acting", actingA.Count == 0 || actingB.Count == 0 ? "unknown" : actingA.SetEquals(actingB) ? "same" : actingA.Overlaps(actingB) ? "overlap" : "different");
        features.Add("place", a.Location is null || b.Location is null ? "unknown" : string.Equals(a.Location, b.Location, StringComparison.OrdinalIgnoreCase) ? "same" : "different");
        var sharedTopics = a.Topics.Intersect(b.Topics, StringComparer.Ordinal).Count();
        features.Add("topics-shared", FeatureSet.Bucket(sharedTopics));
        features.Add("topics-apart", FeatureSet.Bucket(a.Topics.Count + b.Topics.Count - (2 * sharedTopics)));
        features.Add("title-words", Share(TitleWords(a.Title), TitleWords(b.Title)));
        if (a.Publisher is not null && string.Equals(a.Publisher, b.Publisher, StringComparison.OrdinalIgnoreCase))
        {
            features.Add("same-publisher");
        }

        features.Cross("f:" + family, ["acting", "persons", "persons-nested", "date", "precisions", "types", "topics-apart", "title-words"]);
        return features.Names;
    }

    private static void AddDates(FeatureSet features, EventDate? a, EventDate? b)
    {
        if (a is null || b is null)
        {
            features.Add("date", a is null && b is null ? "both-undated" : "one-undated");
            return;
        }

        features.Add("precisions", string.Join("|", new[] { a.Precision, b.Precision }.Order()));
        var apart = Math.Max(0, Math.Max(a.Earliest.DayNumber - b.Latest.DayNumber, b.Earliest.DayNumber - a.Latest.DayNumber));
        features.Add("date", apart == 0 ? (a == b ? "same" : "overlap") : "apart-" + FeatureSet.Bucket(apart));
        if (a != b && (a.Contains(b) || b.Contains(a)))
        {
            features.Add("date-contains");
        }
    }

    private static void AddOverlap(FeatureSet features, string what, IReadOnlySet<string> a, IReadOnlySet<string> b)
    {
        var shared = a.Intersect(b).Count();
        features.Add(what + "-shared", FeatureSet.Bucket(shared));
        features.Add(what + "-apart", FeatureSet.Bucket(a.Count + b.Count - (2 * shared)));
        features.Add(what + "-nested", a.Count == 0 || b.Count == 0 ? "one-empty" : a.IsSubsetOf(b) || b.IsSubsetOf(a) ? "yes" : "no");
    }

    /// <summary>How much of the smaller set of title words the other title shares: a share, not the words.</summary>
    private static string Share(HashSet<string> a, HashSet<string> b)
    {
        var smaller = Math.Min(a.Count, b.Count);
        if (smaller == 0)
        {
            return "none";
        }

        var share = (double)a.Intersect(b).Count() / smaller;
        return share switch { 0 => "0", < 0.34 => "low", < 0.67 => "mid", _ => "high" };
    }

    private static HashSet<string> TitleWords(string title) =>
        title.Split([' ', ',', '.', ':', ';', '"', '\'', '’', '(', ')'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => w.Length >= 4)
            .Select(w => w.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);
}
