using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Extraction.Dates;

/// <summary>The readers of years, fiscal years, quarters, halves, seasons, holidays and offsets ("a year earlier").</summary>
public static partial class TemporalExpressionFinder
{
    private static bool HasHoliday(Line line)
    {
        foreach (var word in HolidayPattern.FirstWords)
        {
            if (line.Has(word))
            {
                return true;
            }
        }

        return false;
    }

    private static bool HasSeason(Line line) =>
        line.Has("spring") || line.Has("summer") || line.Has("fall") || line.Has("autumn") || line.Has("winter");

    /// <summary>"last" counts back, "next" on; "this past" is the last one, "this coming" the nearest one.</summary>
    private static int RelativeShift(string word) => word.ToLowerInvariant() switch
    {
        "last" or "previous" or "past" or "latest" or "this past" or "the previous" or "the last" or "the latest" or "the past" => -1,
        "next" or "coming" or "the next" or "the coming" => 1,
        _ => 0,
    };

    private static TemporalExpression? Holiday(string text, Match m)
    {
        var name = m.Groups["h"];
        if (!char.IsUpper(name.Value[0]) || NextWord(text, m.Index + m.Length) is "Island" or "Islands")
        {
            return null;
        }

        // "Ukraine's Independence Day" is another country's.
        var before = text.AsSpan(0, name.Index).TrimEnd();
        if (before.EndsWith("'s", StringComparison.Ordinal) || before.EndsWith("’s", StringComparison.Ordinal))
        {
            return null;
        }

        return Expression(m, TemporalKind.Holiday) with
        {
            Holiday = HolidayPattern.Key(name.Value),
            Year = OptionalInt(m, "y"),
            Shift = RelativeShift(m.Groups["rel"].Value),
        };
    }

    /// <summary>"Q3 2024", "2024 Q3", "Q3".</summary>
    private static TemporalExpression YearPart(Match m, TemporalKind kind) =>
        Expression(m, kind) with { Part = Int(m, "ord"), Year = OptionalInt(m, "y") };

    /// <summary>"the first quarter", "third-quarter", "last quarter", "the first half of 2023"; not "a quarter of" or "half the".</summary>
    private static TemporalExpression? QuarterWords(string text, Match m)
    {
        var kind = m.Groups["unit"].Value.Equals("half", StringComparison.OrdinalIgnoreCase) ? TemporalKind.Half : TemporalKind.Quarter;
        var relative = m.Groups["rel"].Value;
        var shift = RelativeShift(relative);
        var own = relative.ToLowerInvariant() is "this" or "current" or "the current";
        int? part = null;
        if (m.Groups["ord"].Success)
        {
            part = DateWords.Instance.Ordinals[m.Groups["ord"].Value];
            if (kind == TemporalKind.Half && part > 2)
            {
                return null;
            }
        }
        else if (shift == 0 && !own)
        {
            return null;
        }

        // "the last quarter-century", "a quarter-point cut".
        var after = m.Index + m.Length;
        if (after + 1 < text.Length && text[after] == '-' && char.IsLetter(text[after + 1]))
        {
            return null;
        }

        return Expression(m, kind) with { Part = part, Shift = shift, Year = OptionalInt(m, "y") };
    }

    /// <summary>
    /// "last summer", "in spring 2023", "the winter of 2022": a season word needs a year, "last"/"next"/"this", or a
    /// preposition before it, so the verb "fall", "the Arab Spring" and "the fall of the city" are not seasons.
    /// </summary>
    private static TemporalExpression? Season(string text, Match m)
    {
        var year = OptionalInt(m, "y");
        var relative = m.Groups["rel"].Value;
        if (year is null)
        {
            if (!m.Groups["rel"].Success && !m.Groups["prep"].Success)
            {
                return null;
            }

            var rest = text.AsSpan(m.Index + m.Length);
            if (rest.StartsWith(" of ", StringComparison.Ordinal))
            {
                return null;
            }
        }

        return Expression(m, TemporalKind.Season) with
        {
            Part = DateWords.Instance.Seasons[m.Groups["s"].Value],
            Year = year,
            Shift = relative.Equals("this coming", StringComparison.OrdinalIgnoreCase) ? 0 : RelativeShift(relative),
            Current = relative.Equals("this", StringComparison.OrdinalIgnoreCase),
        };
    }

    /// <summary>"fiscal 1989", "fiscal year 2024", "FY2025", "FY25", "next fiscal year"; not "fiscal policy".</summary>
    private static TemporalExpression? FiscalYear(Match m)
    {
        if (m.Groups["y"].Success)
        {
            var digits = m.Groups["y"].Value.TrimStart('\'', '’');
            var year = int.Parse(digits, NumberStyles.None, CultureInfo.InvariantCulture);
            year = digits.Length == 2 ? (year >= 50 ? 1900 : 2000) + year : year;
            return Expression(m, TemporalKind.FiscalYear) with { Year = year };
        }

        if (!m.Groups["unit"].Success || !m.Groups["rel"].Success)
        {
            return null;
        }

        return Expression(m, TemporalKind.FiscalYear) with { Shift = RelativeShift(m.Groups["rel"].Value) };
    }

    /// <summary>"a year earlier", "two months later", "the previous year", "the following day".</summary>
    private static TemporalExpression? Offset(Match m)
    {
        int? amount = 1;
        if (m.Groups["n"].Success)
        {
            var quantity = m.Groups["n"].Value;
            amount = int.TryParse(quantity, NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n
                : DateWords.Instance.Numbers.TryGetValue(quantity, out var word) ? word
                : null;
        }

        if (amount is null)
        {
            return null;
        }

        var direction = m.Groups["dir"].Value.ToLowerInvariant() is "later" or "following" ? 1 : -1;
        var unit = Enum.Parse<TemporalUnit>(m.Groups["unit"].Value, ignoreCase: true);
        return Expression(m, TemporalKind.Offset) with { Amount = amount, Unit = unit, Shift = direction };
    }

    /// <summary>
    /// A four-digit number read as a year unless it is an amount or a code: "$2019", "1,988", "2019.5", "2019 people",
    /// "Flight 1996", "2000 GMT". A plural noun after it makes it a count unless a determiner or preposition comes
    /// before ("the 2020 elections", "in 2019 talks").
    /// </summary>
    private static TemporalExpression? BareYear(string text, Match m)
    {
        var words = DateWords.Instance;
        var start = m.Index;
        var end = m.Index + m.Length;
        if (start > 0 && (text[start - 1] is '$' or '€' or '£' or '¥' or '#' || (text[start - 1] is ',' or '.' or '/' or '-' && start > 1 && char.IsDigit(text[start - 2]) && !IsYearBefore(text, start - 1))))
        {
            return null;
        }

        if (end < text.Length && (text[end] == '%' || (end + 1 < text.Length && text[end] is ',' or '.' or ':' or '-' && (char.IsDigit(text[end + 1]) && text[end] != '-' || (text[end] == '-' && char.IsLetter(text[end + 1]))))))
        {
            return null;
        }

        var previous = PreviousWord(text, start);
        var next = NextWord(text, end);
        if ((previous is not null && words.NotYearBefore.Contains(previous)) || (next is not null && words.NotYearAfter.Contains(next)))
        {
            return null;
        }

        var plural = next is { Length: > 3 } && char.IsLower(next[0]) && next.EndsWith('s') && !next.EndsWith("ss", StringComparison.Ordinal);
        if (plural && (previous is null || !words.YearDeterminers.Contains(previous)))
        {
            return null;
        }

        return Expression(m, TemporalKind.Calendar) with { Year = Int(m, "y") };
    }

    /// <summary>"1995-2019": the number before a dash is itself a year, so the range is two years.</summary>
    private static bool IsYearBefore(string text, int dash) =>
        text[dash] == '-' && dash >= 4 && (text[(dash - 4)..dash] is var y) && (y.StartsWith("19", StringComparison.Ordinal) || y.StartsWith("20", StringComparison.Ordinal)) && y.All(char.IsDigit);

    private static string? PreviousWord(string text, int start)
    {
        var end = start;
        while (end > 0 && text[end - 1] == ' ')
        {
            end--;
        }

        var begin = end;
        while (begin > 0 && (char.IsLetter(text[begin - 1]) || text[begin - 1] is '\'' or '’' or '.'))
        {
            begin--;
        }

        var word = text[begin..end].TrimEnd('.');
        if (word.StartsWith('\'') || word.StartsWith('’'))
        {
            word = "'" + word[1..];
        }

        return word.Length > 0 ? word.Replace('’', '\'') : null;
    }

    private static string? NextWord(string text, int end)
    {
        var begin = end;
        while (begin < text.Length && text[begin] == ' ')
        {
            begin++;
        }

        var stop = begin;
        while (stop < text.Length && (char.IsLetter(text[stop]) || (text[stop] == '.' && stop + 1 < text.Length && char.IsLetter(text[stop + 1]))))
        {
            stop++;
        }

        return stop > begin ? text[begin..stop] : null;
    }
}
