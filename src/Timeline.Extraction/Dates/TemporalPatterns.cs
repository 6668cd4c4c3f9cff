using System.Text.RegularExpressions;

namespace Timeline.Extraction.Dates;

/// <summary>
/// The shapes of date expressions. Month and weekday words are matched loosely here and checked against
/// Data/date-words.json by the finder. Every pattern is source-generated and bounded: no quantifier is nested in
/// another and every repeated letter or digit class has a small upper limit, so a match attempt at one position
/// costs a constant and a scan is linear in the text.
/// </summary>
internal static partial class TemporalPatterns
{
    private const RegexOptions Options = RegexOptions.IgnoreCase | RegexOptions.CultureInvariant;

    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)-(?<m>[01]\d)-(?<d>[0-3]\d)\b", Options)]
    public static partial Regex Iso();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)\.(?<m>[01]?\d)\.(?<y>(?:19|20)\d\d)\b", Options)]
    public static partial Regex DayMonthYearDotted();

    [GeneratedRegex(@"\b(?<mon>[a-z]{3,9})\.? (?<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?:,? (?<y>(?:19|20)\d\d)\b)?", Options)]
    public static partial Regex MonthDay();

    [GeneratedRegex(@"\b(?<d>[0-3]?\d)(?:st|nd|rd|th)? (?:of )?(?<mon>[a-z]{3,9})\b\.?(?:,? (?<y>(?:19|20)\d\d)\b)?", Options)]
    public static partial Regex DayMonth();

    [GeneratedRegex(@"\b(?<mon>[a-z]{3,9})\.?,? (?<y>(?:19|20)\d\d)\b", Options)]
    public static partial Regex MonthYear();

    [GeneratedRegex(@"\b(?<prep>in|since|by|until|till|during|from|through|early|late|mid|last|next|this|of|before|after|between|and|to|the|their|its|a|an)[ -](?<mon>[a-z]{3,9})\b", Options)]
    public static partial Regex PrepositionMonth();

    [GeneratedRegex(@"\b(?:in|since|by|until|till|during|from|through|of|before|after|early|late|mid|between|and|around)[ -](?<y>(?:19|20)\d\d)\b", Options)]
    public static partial Regex PrepositionYear();

    [GeneratedRegex(@"\b(?:(?<mod>last|next|this past|this|on|past|previous|late|early) )?(?<wd>[a-z]{3,6}day)(?:'s|’s)?(?: (?:morning|afternoon|evening|night))?\b", Options)]
    public static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:earlier|later|late|early) )?(?<rel>this|last|next|past|previous|coming) (?<unit>week|month|year|weekend)(?:'s|’s)?\b", Options)]
    public static partial Regex RelativePeriod();

    [GeneratedRegex(@"\b(?:(?:over )?the|a) weekend\b", Options)]
    public static partial Regex TheWeekend();

    [GeneratedRegex(@"\b(?<word>yesterday|today|tomorrow|tonight)\b", Options)]
    public static partial Regex DayWord();

    [GeneratedRegex(@"\b(?<n>a few|a couple of|several|few|some|an|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?<unit>day|week|month|year)s? ago\b", Options)]
    public static partial Regex Ago();

    [GeneratedRegex(@"\b(?:on|since|by|until|from) the (?<d>[0-3]?\d)(?:st|nd|rd|th)\b", Options)]
    public static partial Regex OrdinalDay();
}
