using System.Text.Json;

namespace Timeline.Extraction.Dates;

/// <summary>Data/date-words.json: month and weekday names, number words, ordinals, seasons and holidays.</summary>
internal sealed record DateWords(
    Dictionary<string, int> Months,
    Dictionary<string, DayOfWeek> Weekdays,
    Dictionary<string, int> Numbers,
    HashSet<string> VagueQuantities,
    HashSet<string> NotDayFollowers,
    Dictionary<string, int> Ordinals,
    Dictionary<string, int> Seasons,
    Dictionary<string, HolidayRule> Holidays,
    HashSet<string> NotYearBefore,
    HashSet<string> NotYearAfter,
    HashSet<string> YearDeterminers)
{
    public static DateWords Instance { get; } = Load();

    public int? Month(string word) => Months.TryGetValue(word.TrimEnd('.'), out var month) ? month : null;

    /// <summary>Whether any capitalized word of the text names a month: a cheap test before running the month patterns.</summary>
    public bool HasMonthWord(ReadOnlySpan<char> span)
    {
        var lookup = Months.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < span.Length; i++)
        {
            if (!char.IsUpper(span[i]) || (i > 0 && char.IsLetter(span[i - 1])))
            {
                continue;
            }

            var end = i + 1;
            while (end < span.Length && char.IsLower(span[end]))
            {
                end++;
            }

            if (end - i >= 3 && lookup.ContainsKey(span[i..end]))
            {
                return true;
            }

            i = end - 1;
        }

        return false;
    }

    private static DateWords Load()
    {
        using var stream = typeof(DateWords).Assembly.GetManifestResourceStream("Timeline.Extraction.Data.date-words.json")
            ?? throw new InvalidOperationException("Embedded resource Data/date-words.json is missing.");
        var file = JsonSerializer.Deserialize<DateWordsFile>(stream, new JsonSerializerOptions { PropertyNameCaseInsensitive = true })
            ?? throw new InvalidOperationException("Data/date-words.json is empty.");
        var comparer = StringComparer.OrdinalIgnoreCase;
        return new DateWords(
            new Dictionary<string, int>(file.Months, comparer),
            file.Weekdays.ToDictionary(p => p.Key, p => (DayOfWeek)p.Value, comparer),
            new Dictionary<string, int>(file.Numbers, comparer),
            new HashSet<string>(file.VagueQuantities, comparer),
            new HashSet<string>(file.NotDayFollowers, comparer),
            new Dictionary<string, int>(file.Ordinals, comparer),
            new Dictionary<string, int>(file.Seasons, comparer),
            new Dictionary<string, HolidayRule>(file.Holidays, comparer),
            new HashSet<string>(file.NotYearBefore, comparer),
            new HashSet<string>(file.NotYearAfter, comparer),
            new HashSet<string>(file.YearDeterminers, comparer));
    }

    private sealed record DateWordsFile(
        Dictionary<string, int> Months,
        Dictionary<string, int> Weekdays,
        Dictionary<string, int> Numbers,
        string[] VagueQuantities,
        string[] NotDayFollowers,
        Dictionary<string, int> Ordinals,
        Dictionary<string, int> Seasons,
        Dictionary<string, HolidayRule> Holidays,
        string[] NotYearBefore,
        string[] NotYearAfter,
        string[] YearDeterminers);
}
