using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extraction.Dates;

/// <summary>Stage 3a: finds date expressions; earlier patterns in the list win over overlapping later ones.</summary>
public static partial class TemporalExpressionFinder
{
    private delegate bool Test(Line line);

    // Each rule names a cheap test that a line must pass before its pattern runs: most lines hold no date at all.
    private static readonly (Test Applies, Func<Regex> Pattern, Func<string, Match, TemporalExpression?> Read)[] Rules =
    [
        (HasDigit, TemporalPatterns.Iso, (_, m) => Calendar(m, Int(m, "y"), Int(m, "m"), Int(m, "d"))),
        (HasDigit, TemporalPatterns.DayMonthYearDotted, (_, m) => Calendar(m, Int(m, "y"), Int(m, "m"), Int(m, "d"))),
        (HasDigitAndMonth, TemporalPatterns.MonthDay, (_, m) => Calendar(m, OptionalInt(m, "y"), MonthWord(m), Int(m, "d"))),
        (HasDigitAndMonth, TemporalPatterns.DayMonth, (_, m) => Calendar(m, OptionalInt(m, "y"), MonthWord(m), Int(m, "d"))),
        (HasDigitAndMonth, TemporalPatterns.MonthYear, (_, m) => MonthWord(m) is { } month ? Calendar(m, Int(m, "y"), month, null) : null),
        (HasHoliday, HolidayPattern.Get, Holiday),
        (HasDigit, TemporalPatterns.QuarterCode, (_, m) => YearPart(m, TemporalKind.Quarter)),
        (t => t.Has("quarter") || t.Has("half"), TemporalPatterns.QuarterWords, QuarterWords),
        (HasSeason, TemporalPatterns.Season, Season),
        (t => t.Has("fiscal") || t.Has("fy"), TemporalPatterns.FiscalYear, (_, m) => FiscalYear(m)),
        (t => DateWords.Instance.HasMonthWord(t.Text), TemporalPatterns.PrepositionMonth, (_, m) => PrepositionMonth(m)),
        (HasDigit, TemporalPatterns.PrepositionYear, (_, m) => Calendar(m, Int(m, "y"), null, null)),
        (t => t.Has("the year"), TemporalPatterns.TheYearNumber, (_, m) => Calendar(m, Int(m, "y"), null, null)),
        (t => t.Has("earlier") || t.Has("later") || t.Has("previously"), TemporalPatterns.OffsetPeriod, (_, m) => Offset(m)),
        (t => t.Has("the "), TemporalPatterns.AdjacentPeriod, (_, m) => Offset(m)),
        (t => t.Has("week") || t.Has("month") || t.Has("year"), TemporalPatterns.RelativePeriod, (_, m) => RelativePeriod(m)),
        (t => t.Has("the year"), TemporalPatterns.TheYear, (_, m) => Expression(m, TemporalKind.Year)),
        (t => t.Has("weekend"), TemporalPatterns.TheWeekend, (_, m) => Expression(m, TemporalKind.Weekend)),
        (t => t.Has("day") || t.Has("tomorrow") || t.Has("tonight"), TemporalPatterns.DayWord, (_, m) => DayWord(m)),
        (t => t.Has(" ago"), TemporalPatterns.Ago, (_, m) => Ago(m)),
        (t => t.Has("day"), TemporalPatterns.Weekday, (_, m) => Weekday(m)),
        (HasDigit, TemporalPatterns.OrdinalDay, OrdinalDay),
        (t => t.Has("0s"), TemporalPatterns.Decade, (_, m) => Expression(m, TemporalKind.Decade) with { Year = Int(m, "y") }),
        (HasDigit, TemporalPatterns.BareYear, BareYear),
    ];

    private static bool HasDigit(Line line) => line.Text.IndexOfAnyInRange('0', '9') >= 0;

    private static bool HasDigitAndMonth(Line line) => HasDigit(line) && DateWords.Instance.HasMonthWord(line.Text);

    public static IReadOnlyList<TemporalExpression> Find(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var found = new List<TemporalExpression>();

        // No pattern matches across a line break (they join words with spaces only), so each line is searched on its
        // own: the cheap tests then spare most patterns most lines, and the expressions found are the same.
        var lineStart = 0;
        while (lineStart < text.Length)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            FindInLine(text, lineStart, lineEnd, found);
            lineStart = lineEnd + 1;
        }

        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    private static void FindInLine(string text, int start, int end, List<TemporalExpression> found)
    {
        var length = end - start;
        var lower = length <= 1024 ? stackalloc char[length] : new char[length];
        var line = new Line(text.AsSpan(start, length), lower);
        var firstInLine = found.Count;
        foreach (var (applies, pattern, read) in Rules)
        {
            if (!applies(line))
            {
                continue;
            }

            for (var match = pattern().Match(text, start, end - start); match.Success; match = match.NextMatch())
            {
                if (read(text, match) is { } expression && !Overlaps(found, firstInLine, expression))
                {
                    found.Add(expression);
                }
            }
        }
    }

    /// <summary>A line of text with an ASCII-lowercased copy, so the cheap tests are plain, vectorized searches.</summary>
    private readonly ref struct Line
    {
        private readonly ReadOnlySpan<char> _asciiLower;

        public Line(ReadOnlySpan<char> text, Span<char> buffer)
        {
            Text = text;
            for (var i = 0; i < text.Length; i++)
            {
                buffer[i] = char.IsAsciiLetterUpper(text[i]) ? (char)(text[i] | 0x20) : text[i];
            }

            _asciiLower = buffer;
        }

        public ReadOnlySpan<char> Text { get; }

        /// <summary>
        /// Whether the line contains a lowercase ASCII word, ignoring case. The same answer as an OrdinalIgnoreCase
        /// search, which never equates a non-ASCII character with an ASCII letter, at a fraction of its cost.
        /// </summary>
        public bool Has(string part) => _asciiLower.IndexOf(part, StringComparison.Ordinal) >= 0;
    }

    private static bool Overlaps(List<TemporalExpression> found, int from, TemporalExpression expression)
    {
        for (var i = from; i < found.Count; i++)
        {
            if (found[i].Start < expression.End && expression.Start < found[i].End)
            {
                return true;
            }
        }

        return false;
    }

    private static TemporalExpression? Calendar(Match m, int? year, int? month, int? day)
    {
        if (month is null && year is null)
        {
            return null;
        }

        if (month is < 1 or > 12 || (day is not null && (month is null || day < 1 || day > DateTime.DaysInMonth(year ?? 2000, month.Value))))
        {
            return null;
        }

        return Expression(m, TemporalKind.Calendar) with { Year = year, Month = month, Day = day };
    }

    private static TemporalExpression? PrepositionMonth(Match m)
    {
        var month = MonthWord(m);
        if (month is null)
        {
            return null;
        }

        // "last March", "next May"; "in early March" is March, the month being the finest the text gives.
        var shift = m.Groups["prep"].Value.ToLowerInvariant() switch
        {
            "last" => -1,
            "next" => 1,
            _ => 0,
        };
        return Expression(m, TemporalKind.Calendar) with { Month = month, Shift = shift };
    }

    private static TemporalExpression? RelativePeriod(Match m)
    {
        var shift = m.Groups["rel"].Value.ToLowerInvariant() switch
        {
            "last" or "previous" => -1,
            "next" or "coming" => 1,
            _ => 0,
        };
        var kind = m.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "week" => TemporalKind.Week,
            "weekend" => TemporalKind.Weekend,
            "month" => TemporalKind.Month,
            _ => TemporalKind.Year,
        };
        return Expression(m, kind) with { Shift = shift };
    }

    private static TemporalExpression DayWord(Match m)
    {
        var shift = m.Groups["word"].Value.ToLowerInvariant() switch
        {
            "yesterday" => -1,
            "tomorrow" => 1,
            _ => 0,
        };
        return Expression(m, TemporalKind.DayOffset) with { Shift = shift };
    }

    private static TemporalExpression? Ago(Match m)
    {
        var words = DateWords.Instance;
        var quantity = m.Groups["n"].Value;
        int? amount = int.TryParse(quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
            : words.Numbers.TryGetValue(quantity, out var word) ? word
            : null;
        if (amount is null && !words.VagueQuantities.Contains(quantity))
        {
            return null;
        }

        var unit = Enum.Parse<TemporalUnit>(m.Groups["unit"].Value, ignoreCase: true);
        return Expression(m, TemporalKind.Ago) with { Amount = amount, Unit = unit };
    }

    private static TemporalExpression? Weekday(Match m)
    {
        if (!DateWords.Instance.Weekdays.TryGetValue(m.Groups["wd"].Value, out var weekday))
        {
            return null;
        }

        var shift = m.Groups["mod"].Value.ToLowerInvariant() switch
        {
            "last" or "previous" or "past" or "this past" => -1,
            "next" => 1,
            _ => 0,
        };
        return Expression(m, TemporalKind.Weekday) with { Weekday = weekday, Shift = shift };
    }

    private static TemporalExpression? OrdinalDay(string text, Match m)
    {
        // "on the 20th National Congress", "on the 3rd day": an ordinal that is not a day of the month.
        var after = m.Index + m.Length;
        while (after < text.Length && text[after] == ' ')
        {
            after++;
        }

        var wordEnd = after;
        while (wordEnd < text.Length && char.IsLetter(text[wordEnd]))
        {
            wordEnd++;
        }

        if (wordEnd > after && (char.IsUpper(text[after]) || DateWords.Instance.NotDayFollowers.Contains(text[after..wordEnd])))
        {
            return null;
        }

        var day = Int(m, "d");
        return day is >= 1 and <= 31 ? Expression(m, TemporalKind.OrdinalDay) with { Day = day } : null;
    }

    private static int? MonthWord(Match m)
    {
        var word = m.Groups["mon"].Value;
        return word.Length > 0 && char.IsUpper(word[0]) ? DateWords.Instance.Month(word) : null;
    }

    private static TemporalExpression Expression(Match m, TemporalKind kind) => new(m.Index, m.Index + m.Length, m.Value, kind);

    private static int Int(Match m, string group) => int.Parse(m.Groups[group].Value, NumberStyles.None, CultureInfo.InvariantCulture);

    private static int? OptionalInt(Match m, string group) => m.Groups[group].Success ? Int(m, group) : null;
}
