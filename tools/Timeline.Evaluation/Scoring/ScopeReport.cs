using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Service;

namespace Timeline.Evaluation.Scoring;

/// <summary>The scores of a set of files (one folder, or all of them) and the findings behind them.</summary>
public sealed record ScopeReport(
    string Scope,
    int Files,
    int FailedFiles,
    Ratio HeadlineRecall,
    Ratio Recall,
    Ratio Precision,
    Ratio DateAccuracy,
    Ratio MergeAccuracy,
    int FalseMerges,
    int Duplicates,
    IReadOnlyList<Miss> Misses,
    IReadOnlyList<Extra> Extras,
    IReadOnlyList<WrongDate> WrongDates,
    IReadOnlyList<UnmergedKey> UnmergedKeys,
    IReadOnlyList<FalseMerge> FalseMergeDetails)
{
    /// <summary>Recall on the gold events the known-events table does not hold (<see cref="KnownEventCoverage"/>).</summary>
    public Ratio NotInKnownEvents { get; init; } = new(0, 0);
}

/// <summary>A gold event no system event matched, with the most similar system event of the same article.</summary>
public sealed record Miss(string File, GoldEvent Gold, SystemEvent? Closest, string? WhyNotClosest);

/// <summary>A system event of an exhaustive file that matches none of the file's gold events.</summary>
public sealed record Extra(string File, string? ArticleId, SystemEvent Event);

/// <summary>A gold event matched by a system event whose date is not exactly the gold date at the gold precision.</summary>
public sealed record WrongDate(string File, GoldEvent Gold, SystemEvent Event);

/// <summary>A key reported by several files that did not come out as exactly one event; null ids are unmatched files.</summary>
public sealed record UnmergedKey(string Key, IReadOnlyList<KeyedMatch> Matches);

public sealed record KeyedMatch(string File, string? EventId);

/// <summary>One system event matched to gold events of different keys.</summary>
public sealed record FalseMerge(string EventId, IReadOnlyList<GoldInFile> Golds);

public sealed record GoldInFile(string Key, string File);
