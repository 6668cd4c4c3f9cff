using System.Text.RegularExpressions;

namespace Timeline.Extraction.Dates;

/// <summary>The holidays of Data/date-words.json as one pattern, longest name first, with an optional "last"/"next" and year.</summary>
internal static class HolidayPattern
{
    private static readonly Regex Pattern = Build();

    /// <summary>The first word of each name, lowercased: a cheap test before the pattern runs.</summary>
    public static IReadOnlyList<string> FirstWords { get; } = DateWords.Instance.Holidays.Keys
        .Select(k => k.Split(' ')[0].Split('\'')[0].ToLowerInvariant())
        .Distinct()
        .ToList();

    public static Regex Get() => Pattern;

    /// <summary>The data's key for a name as written: curly apostrophes straightened.</summary>
    public static string Key(string written) => written.Replace('’', '\'');

    private static Regex Build()
    {
        var names = DateWords.Instance.Holidays.Keys
            .OrderByDescending(k => k.Length)
            .Select(k => Regex.Escape(k).Replace("'", "['’]", StringComparison.Ordinal).Replace(@"\ ", " ", StringComparison.Ordinal));
        return new Regex(
            @"\b(?:(?<rel>this past|last|next|this) )?(?<h>" + string.Join('|', names) + @")\b(?:,? (?<y>(?:19|20)\d\d)\b)?",
            RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.Compiled,
            TimeSpan.FromSeconds(1));
    }
}
