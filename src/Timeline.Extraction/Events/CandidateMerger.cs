using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events;

/// <summary>
/// Folds the reports of one event inside an article into one candidate: same kind of event, compatible people,
/// sides, place and date. A report without a date is compatible with any date (it is the same event told again).
/// </summary>
internal static class CandidateMerger
{
    public static List<EventCandidate> Merge(IEnumerable<EventCandidate> candidates)
    {
        var merged = new List<EventCandidate>();
        foreach (var candidate in candidates)
        {
            var target = merged.FirstOrDefault(existing => AreCompatible(existing, candidate));
            if (target is null)
            {
                merged.Add(candidate);
            }
            else
            {
                Absorb(target, candidate);
            }
        }

        return merged;
    }

    public static bool AreCompatible(EventCandidate a, EventCandidate b) =>
        a.Category.Type == b.Category.Type
        && a.Category.Cameo == b.Category.Cameo
        && NestedOrEmpty(a.Persons.Select(p => p.Id), b.Persons.Select(p => p.Id))
        && NestedOrEmpty(a.Countries.Select(c => c.Id), b.Countries.Select(c => c.Id))
        && (a.Location is null || b.Location is null || a.Location == b.Location)
        && (a.Date is null || b.Date is null || a.Date.CanBeSameEventAs(b.Date));

    /// <summary>Two sets fit together when either is empty or one holds the other.</summary>
    public static bool NestedOrEmpty(IEnumerable<string> first, IEnumerable<string> second)
    {
        var a = first.ToHashSet();
        var b = second.ToHashSet();
        return a.Count == 0 || b.Count == 0 || a.IsSubsetOf(b) || b.IsSubsetOf(a);
    }

    public static void Absorb(EventCandidate target, EventCandidate other)
    {
        target.Subjects.AddRange(other.Subjects.Where(m => target.Subjects.Concat(target.Objects).All(t => t.Actor.Id != m.Actor.Id)));
        target.Objects.AddRange(other.Objects.Where(m => target.Subjects.Concat(target.Objects).All(t => t.Actor.Id != m.Actor.Id)));
        target.Sides.AddRange(other.Sides.Where(s => target.Sides.All(t => t.Id != s.Id)));
        foreach (var evidence in other.Evidence.Where(e => target.Evidence.All(t => t.Start != e.Start)))
        {
            target.Evidence.Add(evidence);
        }

        target.Sentences.AddRange(other.Sentences.Except(target.Sentences));
        target.Location ??= other.Location;
        target.Standalone |= other.Standalone;
        target.OnlyCaptions &= other.OnlyCaptions;
        if (target.Tense is TenseCue.Background or TenseCue.Past && other.Tense is TenseCue.Present or TenseCue.Recent)
        {
            target.Tense = other.Tense;
        }

        // A date the text writes beats one the extractor assumed; among equals, the finer one inside the other wins.
        if (other.Date is { } date && (target.Date is null
            || (other.DateFromText && !target.DateFromText)
            || (other.DateFromText == target.DateFromText && IsFiner(date, target.Date))))
        {
            target.Date = date;
            target.DateFromText |= other.DateFromText;
        }
    }

    /// <summary>A date is finer when it lies inside the other and is more precise; at equal precision the first report wins.</summary>
    private static bool IsFiner(EventDate candidate, EventDate current) =>
        candidate.Precision < current.Precision && current.Contains(candidate);
}
