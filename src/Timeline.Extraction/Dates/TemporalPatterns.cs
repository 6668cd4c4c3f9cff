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

    private const string MonthNames = "january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec";

    // "in early March", "since mid-April": the part of the month is read, not swallowed in place of the month.
    [GeneratedRegex(@"\b(?<prep>in|since|by|until|till|during|from|through|early|late|mid|last|next|this|of|before|after|between|and|to|the|their|its|a|an)[ -](?:(?<mod>early|mid|late)[ -])?(?<mon>" + MonthNames + @")\b", Options)]
    public static partial Regex PrepositionMonth();

    [GeneratedRegex(@"\b(?:(?:in|since|by|until|till|during|from|through|of|before|after|between|and|around)[ -](?:(?:early|mid|late)[ -])?|(?:early|late|mid)[ -])(?<y>(?:19|20)\d\d)\b(?![.,]\d)", Options)]
    public static partial Regex PrepositionYear();

    /// <summary>"1996", "the 2019 talks": a year on its own; the finder checks it is not an amount ("2019 people", "$2019").</summary>
    [GeneratedRegex(@"\b(?<y>(?:19|20)\d\d)\b", Options)]
    public static partial Regex BareYear();

    [GeneratedRegex(@"\bthe (?<y>(?:19|20)\d0)s\b", Options)]
    public static partial Regex Decade();

    /// <summary>"the year" alone is the document's year; "the year before", "the year-earlier quarter" are not.</summary>
    [GeneratedRegex(@"\bthe year\b(?![ -](?:before|after|earlier|later|ago|prior)\b)(?!-)(?! (?:19|20)\d\d)", Options)]
    public static partial Regex TheYear();

    [GeneratedRegex(@"\bthe year (?<y>(?:19|20)\d\d)\b", Options)]
    public static partial Regex TheYearNumber();

    [GeneratedRegex(@"\b(?<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\d{1,2}) (?<unit>day|week|month|year)s? (?<dir>earlier|later|previously)\b", Options)]
    public static partial Regex OffsetPeriod();

    [GeneratedRegex(@"\bthe (?<dir>previous|prior|preceding|following) (?<unit>day|week|month|year)\b", Options)]
    public static partial Regex AdjacentPeriod();

    [GeneratedRegex(@"\b(?:(?<rel>this|next|last|current|previous|coming|the|the current|the previous|the coming|the next|the last) )?fiscal(?<unit>[ -]year)?(?:[ -](?<y>(?:19|20)\d\d|['’]\d\d))?\b|\bFY ?(?<y>(?:19|20)\d\d|\d\d)\b", Options)]
    public static partial Regex FiscalYear();

    /// <summary>"the first quarter", "third-quarter", "the third quarter of 2023", "last quarter", "the first half of 2023".</summary>
    [GeneratedRegex(@"\b(?:(?<rel>the|this|last|next|previous|past|current|coming|latest|the current|the previous|the last|the next|the latest|the past|the coming)[ ])?(?:(?<ord>first|second|third|fourth|1st|2nd|3rd|4th)[ -])?(?<unit>quarter|half)(?:(?:[ -]| of |, )(?<y>(?:19|20)\d\d))?\b", Options)]
    public static partial Regex QuarterWords();

    [GeneratedRegex(@"\b(?:(?<y>(?:19|20)\d\d)[ -])?Q(?<ord>[1-4])(?:[ /-]?(?<y>(?:19|20)\d\d))?\b", RegexOptions.CultureInvariant)]
    public static partial Regex QuarterCode();

    /// <summary>"last summer", "in spring 2023", "this fall", "the winter of 2022", "during the summer".</summary>
    [GeneratedRegex(@"\b(?:(?<rel>this past|this coming|last|next|this)[ ]|(?<prep>in|during|over|since|by|until|through|from)[ ](?:the[ ])?(?:(?<mod>early|late|mid)[ -])?|the[ ](?:(?<mod>early|late|mid)[ -])?|(?<mod>early|late|mid)[ -])?(?<s>spring|summer|fall|autumn|winter)(?:(?:,? | of )(?<y>(?:19|20)\d\d))?\b", Options)]
    public static partial Regex Season();

    [GeneratedRegex(@"\b(?:(?<mod>last|next|this past|this|on|past|previous|late|early) )?(?<wd>[a-z]{3,6}day)(?:'s|’s)?(?: (?:morning|afternoon|evening|night))?\b", Options)]
    public static partial Regex Weekday();

    [GeneratedRegex(@"\b(?:(?:earlier|later|late|early|mid)[ -])?(?<rel>this|last|next|past|previous|coming) (?<unit>week|month|year|weekend)(?:'s|’s)?\b", Options)]
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
