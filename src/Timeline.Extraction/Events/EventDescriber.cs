using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;
using Timeline.Extraction.Topics;

namespace Timeline.Extraction.Events;

/// <summary>Writes the finished event: participants with their titles, a title from the category's template, a summary, topics, confidence.</summary>
internal sealed class EventDescriber
{
    private const int SummaryLength = 280;

    public ExtractedEvent Describe(EventCandidate candidate)
    {
        var date = candidate.Date!;
        var (subjects, objects) = SplitSides(candidate);
        // Who a tariff, sanction or accusation falls on is part of it even when a person acts ("Qin accused the U.S.").
        var targets = Targets(candidate);
        var participants = subjects.Concat(objects).Concat(targets)
            .Select(m => new EventParticipant(m.Actor, TitleAt(m, date)))
            .Concat(candidate.Countries.Select(country => new EventParticipant(country, null)))
            .DistinctBy(p => p.Actor.Id)
            .ToList();
        var evidence = candidate.Evidence.OrderBy(e => e.Start).ToList();
        return new ExtractedEvent(
            candidate.Category.Type,
            candidate.Category.Cameo,
            date,
            Title(candidate, subjects, objects.Count > 0 ? objects : targets.DistinctBy(t => t.Actor.Id).ToList()),
            Summary(evidence),
            participants,
            candidate.Location,
            TopicClassifier.Classify(string.Join(" ", evidence.Select(e => e.Text))),
            evidence,
            Confidence(candidate));
    }

    private static List<ActorMention> Targets(EventCandidate candidate) =>
        candidate.Category.Type is EventType.Accusation or EventType.Sanction or EventType.Tariff or EventType.ExportControl
            ? candidate.Objects.Where(o => o.Actor.Kind != ActorKind.Person).ToList()
            : [];

    /// <summary>Who acts and who is acted on; when the sentence named everyone before the verb, the first is the subject.</summary>
    private static (List<ActorMention> Subjects, List<ActorMention> Objects) SplitSides(EventCandidate candidate)
    {
        var anyPerson = candidate.Subjects.Concat(candidate.Objects).Any(m => m.Actor.Kind == ActorKind.Person);
        var subjects = PreferPersons(candidate.Subjects, anyPerson);
        var objects = PreferPersons(candidate.Objects, anyPerson).Where(o => subjects.All(s => s.Actor.Id != o.Actor.Id)).ToList();
        if (subjects.Count == 0 && objects.Count > 1 && candidate.Category.Bilateral)
        {
            return (objects.Take(1).ToList(), objects.Skip(1).ToList());
        }

        if (objects.Count == 0 && subjects.Count > 1 && candidate.Category.Bilateral)
        {
            return (subjects.Take(1).ToList(), subjects.Skip(1).ToList());
        }

        return (subjects, objects);
    }

    /// <summary>Where people are named, the title names them rather than their countries.</summary>
    private static List<ActorMention> PreferPersons(IEnumerable<ActorMention> mentions, bool anyPerson)
    {
        var distinct = mentions.DistinctBy(m => m.Actor.Id).ToList();
        return anyPerson ? distinct.Where(m => m.Actor.Kind == ActorKind.Person).ToList() : distinct;
    }

    private static string? TitleAt(ActorMention mention, EventDate date) =>
        mention.Title ?? mention.Actor.Roles.FirstOrDefault(r => r.HeldOn(date.Earliest) || r.HeldOn(date.Latest))?.Title;

    private static string Title(EventCandidate candidate, List<ActorMention> subjects, List<ActorMention> objects)
    {
        var subject = Names(subjects) ?? Names(candidate.Countries) ?? "Unnamed party";
        var otherSides = candidate.Countries.Where(c => !subject.Contains(c.Name, StringComparison.Ordinal));
        var @object = Names(objects) ?? (candidate.Category.Bilateral ? Names(otherSides) : null);
        var title = candidate.Category.Title
            .Replace("{subject}", subject, StringComparison.Ordinal)
            .Replace("{location}", candidate.Location ?? "abroad", StringComparison.Ordinal);
        title = @object is null
            ? WithoutObject(title)
            : title.Replace("{object}", @object, StringComparison.Ordinal);
        return candidate.Location is { } place && !title.Contains(place, StringComparison.Ordinal) ? $"{title} in {place}" : title;
    }

    /// <summary>"{subject} sanctions {object}" with nobody acted on reads "{subject} sanctions"; a trailing joiner goes too.</summary>
    private static string WithoutObject(string title)
    {
        foreach (var joiner in new[] { " and {object}", " with {object}", " on {object}", " {object}" })
        {
            title = title.Replace(joiner, string.Empty, StringComparison.Ordinal);
        }

        return title;
    }

    private static string? Names(IEnumerable<ActorMention> mentions) => Names(mentions.Select(m => m.Actor));

    private static string? Names(IEnumerable<Actor> actors)
    {
        var names = actors.Select(a => a.Name).Distinct().ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    private static string Summary(IReadOnlyList<Evidence> evidence)
    {
        var text = evidence.Select(e => e.Text.Trim()).First();
        if (text.Length <= SummaryLength)
        {
            return text;
        }

        var cut = text.LastIndexOf(' ', SummaryLength);
        return text[..(cut > 0 ? cut : SummaryLength)] + "…";
    }

    /// <summary>How sure the extractor is: a date written in the text, named people on both sides and repeated reports raise it; captions alone lower it.</summary>
    private static double Confidence(EventCandidate candidate)
    {
        var score = 0.5;
        score += candidate.DateFromText ? (candidate.Date!.Precision == DatePrecision.Day ? 0.15 : 0.1) : 0;
        score += candidate.Persons.Count() >= 2 || !candidate.Category.Bilateral ? 0.1 : 0;
        score += Math.Min(0.15, 0.05 * (candidate.Evidence.Count - 1));
        score -= candidate.OnlyCaptions ? 0.15 : 0;
        return Math.Round(Math.Clamp(score, 0.1, 0.95), 2);
    }
}
