using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Dates;

/// <summary>Sanity of Data/known-events.json itself: ids, dates, vocabularies and cues a linker can rely on.</summary>
public partial class KnownEventsDataTests
{
    private static readonly DateOnly FirstDay = new(2017, 1, 1);
    private static readonly DateOnly LastDay = new(2026, 11, 30);

    private static readonly HashSet<string> Types =
        ["meeting", "call", "talks", "agreement", "statement", "accusation", "tariff", "export_control", "sanction", "appointment", "other"];

    private static readonly HashSet<string> Agents = ["United States", "China", "Taiwan"];

    private static IReadOnlyList<KnownEventRecord> Events { get; } = KnownEventsFile.Load().Events;

    [Fact]
    public void TheFileHasEvents() => Assert.NotEmpty(Events);

    [Fact]
    public void IdsAreUniqueAndMadeOfTheDateAndASlug()
    {
        var duplicates = Events.GroupBy(e => e.Id).Where(g => g.Count() > 1).Select(g => g.Key).ToList();
        var malformed = Events.Where(e => e.Id is null || e.Date is null || !e.Id.StartsWith(e.Date + "-", StringComparison.Ordinal) || !Slug().IsMatch(e.Id[(e.Date.Length + 1)..]))
            .Select(e => e.Id ?? "(no id)")
            .ToList();
        Assert.Empty(duplicates);
        Assert.Empty(malformed);
    }

    [Fact]
    public void DatesAreAYearMonthOrDayInsideTheCoveredPeriod()
    {
        var bad = Events.Where(e => Span(e.Date) is not { } span || span.First < FirstDay || span.Last > LastDay)
            .Select(e => $"{e.Id}: {e.Date}")
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void AnEndIsADayAfterTheStartInsideTheCoveredPeriod()
    {
        var bad = Events.Where(e => e.End is not null)
            .Where(e => e.End!.Length != 10 || e.Date?.Length != 10 || Span(e.End) is not { } end || Span(e.Date) is not { } start || end.First <= start.First || end.First > LastDay)
            .Select(e => $"{e.Id}: {e.Date}..{e.End}")
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void EventsAreInDateOrder()
    {
        var outOfOrder = Events.Zip(Events.Skip(1))
            .Where(pair => string.CompareOrdinal(pair.First.Date, pair.Second.Date) > 0)
            .Select(pair => $"{pair.First.Id} before {pair.Second.Id}")
            .ToList();
        Assert.Empty(outOfOrder);
    }

    [Fact]
    public void TypesAreFromTheEventVocabulary()
    {
        var bad = Events.Where(e => !Types.Contains(e.Type)).Select(e => $"{e.Id}: {e.Type}").ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void ParticipantsArePeopleOfTheGazetteer()
    {
        var unknown = Events
            .SelectMany(e => (e.Participants ?? [null!]).Where(id => id is null || Gazetteer.Default.FindById(id)?.Kind != ActorKind.Person).Select(id => $"{e.Id}: {id ?? "(null)"}"))
            .ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void TheAgentIsASideOrNull()
    {
        var bad = Events.Where(e => e.Agent is not null && !Agents.Contains(e.Agent)).Select(e => $"{e.Id}: {e.Agent}").ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void EveryEventHasCueGroupsAndEveryGroupHasAPhrase()
    {
        var bad = Events.Where(e => e.Cues is not { Count: > 0 } || e.Cues.Any(group => group is not { Count: > 0 }))
            .Select(e => e.Id)
            .ToList();
        Assert.Empty(bad);
    }

    /// <summary>Phrases are compared with lowercased sentence text as whole words, so they must be lowercase and trimmed.</summary>
    [Fact]
    public void CuePhrasesAreLowercaseTrimmedWords()
    {
        var bad = Events
            .SelectMany(e => (e.Cues ?? []).SelectMany(group => group ?? []).Where(phrase => !IsCuePhrase(phrase)).Select(phrase => $"{e.Id}: '{phrase}'"))
            .ToList();
        Assert.Empty(bad);
    }

    [Fact]
    public void EveryEventHasASummaryAndNoBlankPlace()
    {
        var bad = Events.Where(e => string.IsNullOrWhiteSpace(e.Summary) || (e.Place is not null && string.IsNullOrWhiteSpace(e.Place)))
            .Select(e => e.Id)
            .ToList();
        Assert.Empty(bad);
    }

    private static bool IsCuePhrase(string? phrase) =>
        !string.IsNullOrEmpty(phrase)
        && phrase == phrase.ToLowerInvariant()
        && phrase == phrase.Trim()
        && !phrase.Contains("  ", StringComparison.Ordinal);

    /// <summary>The days a YYYY, YYYY-MM or YYYY-MM-DD date covers, or null when it is not such a date.</summary>
    private static (DateOnly First, DateOnly Last)? Span(string? date)
    {
        if (date is null || !DateShape().IsMatch(date))
        {
            return null;
        }

        var parts = date.Split('-').Select(p => int.Parse(p, CultureInfo.InvariantCulture)).ToArray();
        if (parts.Length > 1 && parts[1] is < 1 or > 12)
        {
            return null;
        }

        return parts.Length switch
        {
            1 => (new DateOnly(parts[0], 1, 1), new DateOnly(parts[0], 12, 31)),
            2 => (new DateOnly(parts[0], parts[1], 1), new DateOnly(parts[0], parts[1], DateTime.DaysInMonth(parts[0], parts[1]))),
            _ => DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? (day, day) : null,
        };
    }

    [GeneratedRegex(@"^\d{4}(-\d{2}(-\d{2})?)?$")]
    private static partial Regex DateShape();

    [GeneratedRegex(@"^[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex Slug();
}
