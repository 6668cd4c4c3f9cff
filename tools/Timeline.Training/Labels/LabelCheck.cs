using Timeline.Evaluation.Gold;

namespace Timeline.Training.Labels;

/// <summary>Finds what a reviewer can get wrong in a label file: unknown values, offsets outside the text, unknown gold keys.</summary>
public static class LabelCheck
{
    public static readonly IReadOnlySet<string> Types = new HashSet<string>(StringComparer.Ordinal)
    {
        "none", "meeting", "call", "talks", "agreement", "statement", "accusation", "tariff", "export_control", "sanction", "appointment", "other",
    };

    public static readonly IReadOnlySet<string> Factualities = new HashSet<string>(StringComparer.Ordinal)
    {
        "reported", "announced", "planned", "negated", "hypothetical", "background",
    };

    public static readonly IReadOnlySet<string> Roles = new HashSet<string>(StringComparer.Ordinal) { "agent", "counterpart", "target", "other" };

    public static IEnumerable<string> Problems(LabelFile labels, GoldFile gold)
    {
        var keys = gold.ExpectedEvents.Select(g => g.Key).ToHashSet(StringComparer.Ordinal);
        var length = gold.Article.Text.Length;
        if (labels.TextLength != length)
        {
            yield return $"textLength {labels.TextLength} but the article has {length} characters";
        }

        foreach (var c in labels.Candidates)
        {
            var where = $"candidate [{c.At[0]},{c.At[1]}] \"{c.Word}\"";
            if (!Types.Contains(c.Type))
            {
                yield return $"{where}: unknown type '{c.Type}'";
            }

            if (c.Type == "none" && (c.Factuality is not null || c.Event is not null))
            {
                yield return $"{where}: type none takes factuality null and event null";
            }

            if (c.Type != "none" && (c.Factuality is null || !Factualities.Contains(c.Factuality)))
            {
                yield return $"{where}: factuality '{c.Factuality}' is not one of {string.Join(", ", Factualities)}";
            }

            if (c.Event is { } key && !keys.Contains(key) && !key.StartsWith("new:", StringComparison.Ordinal))
            {
                yield return $"{where}: event '{key}' is no gold key of this file (use new:<slug> for an event the gold list lacks)";
            }

            if (c.Date is { IsArticle: false } date && (date.Start < 0 || date.End > length || date.End <= date.Start))
            {
                yield return $"{where}: date [{date.Start},{date.End}] is outside the text";
            }

            foreach (var actor in c.Actors.Where(a => !Roles.Contains(a.Role)))
            {
                yield return $"{where}: actor {actor.Id} has unknown role '{actor.Role}'";
            }
        }

        foreach (var missed in labels.Missed.Where(m => !keys.Contains(m.Event)))
        {
            yield return $"missed event '{missed.Event}' is no gold key of this file";
        }
    }
}
