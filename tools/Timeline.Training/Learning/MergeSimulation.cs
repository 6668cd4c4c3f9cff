using Timeline.Core.Claims;
using Timeline.Core.Merging;
using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Evaluation.Service;
using Timeline.Extraction.Model;

namespace Timeline.Training.Learning;

/// <summary>
/// Merging across articles without a database: the events of a set of articles become claims, the merge plan's
/// clustering (Timeline.Core) groups them with a same-event judge, and each group becomes one event id, so the scorer
/// measures merge accuracy and false merges in process.
/// </summary>
internal static class MergeSimulation
{
    public static IReadOnlyList<FileOutcome> Merge(IReadOnlyList<(GoldFile File, IReadOnlyList<ExtractedEvent> Events)> articles, ISameEventJudge judge)
    {
        var keyed = articles
            .SelectMany((a, f) => a.Events.Select((e, n) => (Claim: new KeyedClaim(f.ToString(System.Globalization.CultureInfo.InvariantCulture), e.ToClaim(a.File.Article.Publisher)), File: f, Index: n)))
            .ToList();
        var ids = new Dictionary<(int File, int Index), string>();
        // Claims of different families never merge: cluster each family apart, as the merger locks and reads by family.
        foreach (var family in keyed.GroupBy(k => SameEventFamily.Family(k.Claim.Claim)))
        {
            var members = family.ToList();
            foreach (var (group, g) in ClaimClustering.Cluster(members.Select(m => m.Claim).ToList(), judge).Select((group, g) => (group, g)))
            {
                foreach (var member in group)
                {
                    ids[(members[member].File, members[member].Index)] = $"{family.Key}#{g}";
                }
            }
        }

        return articles.Select((a, f) => new FileOutcome(
                a.File,
                f.ToString(System.Globalization.CultureInfo.InvariantCulture),
                a.Events.Select((e, n) => InProcessRun.ToSystemEvent(e, ids[(f, n)])).ToList()))
            .ToList();
    }
}
