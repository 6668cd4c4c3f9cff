using Timeline.Core.Claims;

namespace Timeline.Core.Merging;

/// <summary>
/// The one same-event decision: do two claims report the same real-world event? Clustering, the merge scope and the
/// inheritance of event ids all ask it, through <see cref="SameEvent.Judge"/>, and only about candidates: claims of
/// one <see cref="SameEventFamily.Family"/> whose dates lie within <see cref="SameEventFamily.DateReach"/> of each
/// other (the merger locks and reads per family and date, so it never sees other pairs). The rules of
/// <see cref="RuleSameEventJudge"/> are the default; a learned model plugs in here (registered in the Api by
/// configuration, <c>Merging:Judge</c>).
/// </summary>
public interface ISameEventJudge
{
    /// <summary>True when <paramref name="a"/> and <paramref name="b"/> report one event. Must be symmetric.</summary>
    bool Same(Claim a, Claim b);
}

/// <summary>How the merger asks the judge: candidates only, and complete linkage for coarse claims.</summary>
public static class SameEvent
{
    /// <summary>Candidates by family and date reach, then the judge.</summary>
    public static bool Judge(this ISameEventJudge judge, Claim a, Claim b) => SameEventFamily.AreCandidates(a, b) && judge.Same(a, b);

    /// <summary>
    /// Complete linkage, used for coarse claims: "July" joins a day-dated event only when it agrees with every claim
    /// there, so a loose report cannot drag two different events into one.
    /// </summary>
    public static bool JudgeAll(this ISameEventJudge judge, Claim claim, IEnumerable<Claim> existing) =>
        existing.All(other => judge.Judge(claim, other));
}
