using System.Globalization;
using Timeline.Evaluation.Scoring;

namespace Timeline.Evaluation.Reporting;

/// <summary>One row of numbers per scope, with the counts behind each ratio.</summary>
public static class ScoreTable
{
    private static readonly string[] Headers =
        ["scope", "files", "headline recall", "recall", "precision", "date accuracy", "merge accuracy", "false merges", "duplicates"];

    public static void Write(TextWriter output, IReadOnlyList<ScopeReport> scopes)
    {
        var rows = scopes.Select(Row).Prepend(Headers).ToList();
        var widths = Enumerable.Range(0, Headers.Length).Select(c => rows.Max(r => r[c].Length)).ToArray();
        foreach (var row in rows)
        {
            output.WriteLine(string.Join("  ", row.Select((cell, c) => cell.PadRight(widths[c]))).TrimEnd());
        }
    }

    private static string[] Row(ScopeReport s) =>
    [
        s.Scope,
        s.FailedFiles == 0 ? Count(s.Files) : $"{s.Files} ({s.FailedFiles} failed)",
        s.HeadlineRecall.ToString(),
        s.Recall.ToString(),
        s.Precision.ToString(),
        s.DateAccuracy.ToString(),
        s.MergeAccuracy.ToString(),
        Count(s.FalseMerges),
        Count(s.Duplicates),
    ];

    private static string Count(int value) => value.ToString(CultureInfo.InvariantCulture);
}
