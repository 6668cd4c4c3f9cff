using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Evaluation.Service;

namespace Timeline.Evaluation.Reporting;

/// <summary>The --verbose listing: every miss, extra, wrong date, unmerged key and false merge behind the numbers.</summary>
public static class Findings
{
    private const int EvidenceLength = 300;

    public static void Write(TextWriter output, ScopeReport report)
    {
        foreach (var miss in report.Misses)
        {
            var gold = miss.Gold;
            output.WriteLine($"MISS  {(gold.Required ? "required" : "background")} {gold.Key} in {miss.File}");
            output.WriteLine($"      expected {DescribeGold(gold)}");
            output.WriteLine(miss.Closest is null
                ? "      closest: none of the article's events shares its type or a participant"
                : $"      closest: {Describe(miss.Closest)} ({miss.WhyNotClosest})");
        }

        foreach (var extra in report.Extras)
        {
            output.WriteLine($"EXTRA {extra.File}: \"{extra.Event.Title}\" {Describe(extra.Event)}");
            output.WriteLine($"      evidence: {Evidence(extra.Event, extra.ArticleId)}");
        }

        foreach (var wrong in report.WrongDates)
        {
            output.WriteLine($"DATE  {wrong.Gold.Key} in {wrong.File}: expected {DescribeGold(wrong.Gold)}, got {Describe(wrong.Event)}");
        }

        foreach (var key in report.UnmergedKeys)
        {
            var parts = key.Matches.Select(m => $"{m.File} -> {m.EventId ?? "unmatched"}");
            output.WriteLine($"UNMERGED {key.Key}: {string.Join(", ", parts)}");
        }

        foreach (var merge in report.FalseMergeDetails)
        {
            var parts = merge.Golds.Select(g => $"{g.Key} ({g.File})");
            output.WriteLine($"FALSE MERGE event {merge.EventId}: {string.Join(", ", parts)}");
        }
    }

    private static string DescribeGold(GoldEvent gold) =>
        $"{gold.Date}{(gold.ToleranceDays > 0 ? $" ±{gold.ToleranceDays}d" : "")} {gold.Type} [{string.Join(", ", gold.Participants)}]";

    private static string Describe(SystemEvent e) =>
        $"{e.Id} {e.Date ?? "no date"} {e.Type ?? "no type"} [{string.Join(", ", e.ParticipantNames)}]";

    private static string Evidence(SystemEvent e, string? articleId)
    {
        var sources = e.Sources ?? [];
        var source = sources.FirstOrDefault(s => s.ArticleId == articleId) ?? sources.FirstOrDefault();
        var text = string.Join(' ', (source?.Evidence ?? "none").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
        return text.Length > EvidenceLength ? text[..EvidenceLength] + "…" : text;
    }
}
