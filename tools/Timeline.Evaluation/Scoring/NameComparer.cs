using System.Globalization;
using System.Text;

namespace Timeline.Evaluation.Scoring;

/// <summary>Compares participant names ignoring case, diacritics and runs of white space.</summary>
public static class NameComparer
{
    public static string Normalize(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return "";
        }

        var decomposed = name.Normalize(NormalizationForm.FormD);
        var builder = new StringBuilder(decomposed.Length);
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }

            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(char.ToLowerInvariant(c));
        }

        return builder.ToString();
    }

    /// <summary>True when one of the '|'-separated spellings equals one of the candidate names.</summary>
    public static bool AnySpellingAmong(string goldName, IEnumerable<string> candidates)
    {
        var normalized = candidates.Select(Normalize).ToHashSet(StringComparer.Ordinal);
        return Alternatives(goldName).Any(spelling => normalized.Contains(Normalize(spelling)));
    }

    public static IEnumerable<string> Alternatives(string value) =>
        value.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
}
