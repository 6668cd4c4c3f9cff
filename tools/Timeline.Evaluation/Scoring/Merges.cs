namespace Timeline.Evaluation.Scoring;

/// <summary>Cross-file scores: whether each real-world event came out as one event, and no event absorbed two.</summary>
public static class Merges
{
    /// <summary>
    /// Keys seen in several files count as merged when every one of those files matched the key to the same single
    /// system event id; a file that left the key unmatched makes it unmerged.
    /// </summary>
    public static (Ratio Accuracy, IReadOnlyList<UnmergedKey> Unmerged) Accuracy(IReadOnlyList<FileMatching> files)
    {
        var byKey = MatchesByKey(files)
            .GroupBy(m => m.Key, StringComparer.Ordinal)
            .Where(group => group.Select(m => m.Match.File).Distinct(StringComparer.Ordinal).Count() > 1)
            .ToList();

        var unmerged = byKey
            .Where(group => group.Any(m => m.Match.EventId is null)
                || group.Select(m => m.Match.EventId).Distinct(StringComparer.Ordinal).Count() != 1)
            .Select(group => new UnmergedKey(group.Key, group.Select(m => m.Match).ToList()))
            .ToList();

        return (new Ratio(byKey.Count - unmerged.Count, byKey.Count), unmerged);
    }

    /// <summary>System event ids matched to gold events of two or more different keys, in any files.</summary>
    public static IReadOnlyList<FalseMerge> FalseMerges(IReadOnlyList<FileMatching> files) =>
        MatchesByKey(files)
            .Where(m => m.Match.EventId is not null)
            .GroupBy(m => m.Match.EventId!, StringComparer.Ordinal)
            .Where(group => group.Select(m => m.Key).Distinct(StringComparer.Ordinal).Count() > 1)
            .Select(group => new FalseMerge(group.Key, group.Select(m => new GoldInFile(m.Key, m.Match.File)).ToList()))
            .ToList();

    private static IEnumerable<(string Key, KeyedMatch Match)> MatchesByKey(IReadOnlyList<FileMatching> files) =>
        files.SelectMany(file => file.Golds.Select((gold, g) =>
            (gold.Key, new KeyedMatch(file.Outcome.File.Name, file.MatchOf(g)?.Id))));
}
