using System.Text.RegularExpressions;

namespace Timeline.Extraction.Cleaning;

/// <summary>Decides, one trimmed line at a time, whether a line is story text, furniture, a caption or a photo credit.</summary>
internal static partial class LineClassifier
{
    private static readonly char[] Separators = ['|', '»', '›', '•', '·', '>', '–', '—', '-', '*', ':', '/', '\\'];

    public static LineKind Classify(string line)
    {
        var rules = FurnitureRules.Instance;
        var lower = line.ToLowerInvariant();
        var bare = lower.Trim(Separators).Trim().TrimEnd('.', '!', '?', '…').Trim();

        if (bare.Length == 0 || rules.NavigationLines.Contains(bare) || (bare.Length < 40 && (CommentCounter().IsMatch(bare) || (bare.Contains('.') && ImageFile().IsMatch(bare)))))
        {
            return LineKind.Furniture;
        }

        if (StartsWithAny(lower, rules.LinePrefixes) || IsBreadcrumb(line) || IsSeparatorDecoration(line))
        {
            return LineKind.Furniture;
        }

        var words = CountWords(line);
        if (words <= rules.ShortLineMaxWords && lower.AsSpan().ContainsAny(rules.ShortLineSearch))
        {
            return LineKind.Furniture;
        }

        if (IsCredit(lower, words))
        {
            return LineKind.Credit;
        }

        return IsCaption(lower) ? LineKind.Caption : LineKind.Content;
    }

    private static bool IsCaption(string lower)
    {
        var rules = FurnitureRules.Instance;
        if (StartsWithAny(lower, rules.CaptionPrefixes) || lower.AsSpan().ContainsAny(rules.CaptionSearch))
        {
            return true;
        }

        // "... (Xinhua/Li Xueren)" or a caption cut off after "(Xinhua".
        if (!lower.Contains('('))
        {
            return false;
        }

        var credit = TrailingAgency().Match(lower);
        return credit.Success && rules.Agencies.Contains(credit.Groups["agency"].Value.Trim());
    }

    private static bool IsCredit(string lower, int words)
    {
        if (words > 8 || !lower.Contains('|') || lower.EndsWith('.'))
        {
            return false;
        }

        var segments = lower.Split('|', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 2
            && segments.All(s => CountWords(s) <= 4)
            && segments.Any(FurnitureRules.Instance.Agencies.Contains);
    }

    private static bool IsBreadcrumb(string line)
    {
        if (line.IndexOfAny(['»', '›']) < 0)
        {
            return false;
        }

        var first = line.Split(['»', '›'], StringSplitOptions.TrimEntries)[0];
        return first.Equals("home", StringComparison.OrdinalIgnoreCase) || CountWords(line) <= 12;
    }

    /// <summary>"  |   Politics", "• Market Data": a menu entry decorated with separators.</summary>
    private static bool IsSeparatorDecoration(string line) =>
        line.IndexOfAny(['|', '•', '·']) >= 0
        && CountWords(new string(line.Where(c => Array.IndexOf(Separators, c) < 0).ToArray())) <= 2
        && !line.EndsWith('.');

    private static int CountWords(string text) => WordCounter.Count(text);

    private static bool StartsWithAny(string lower, IReadOnlyList<string> prefixes)
    {
        foreach (var prefix in prefixes)
        {
            if (lower.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    // Source-generated and safe to backtrack: no nested quantifiers, the first two are anchored at the start of a line
    // shorter than 40 characters, and the agency pattern only repeats within fixed limits after a "(".
    [GeneratedRegex(@"^(?:\d+\s+comments?|comments?\s*\(\d+\)|\d+\s+shares?|\d+\s+views?)$")]
    private static partial Regex CommentCounter();

    [GeneratedRegex(@"^[\w.-]+\.(?:jpe?g|png|gif|webp|svg|avif|bmp)$")]
    private static partial Regex ImageFile();

    [GeneratedRegex(@"\((?<agency>[a-z][a-z -]{1,30})(?:/[^()]{0,60})?\)?\s*\.?$")]
    private static partial Regex TrailingAgency();
}
