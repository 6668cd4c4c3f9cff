using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Asks the models about every candidate of a sentence: is it an event for the timeline and of which type, did it
/// happen, who are its agents, counterparts and targets, and which date dates it. Only candidates the models take for
/// an event that happened (reported, announced, or told as background) become mentions.
/// </summary>
internal sealed class MentionDecider(ExtractionModels models, EventLexicon lexicon)
{
    private static readonly IReadOnlySet<string> Happened = new HashSet<string>(StringComparer.Ordinal) { "reported", "announced", "background" };

    private const int PlaceReach = 12;

    public IEnumerable<Mention> Decide(SentenceFacts facts, SentenceFacts? previous, DocumentDate documentDate)
    {
        var candidates = CandidateFinder.Find(facts, lexicon);
        foreach (var candidate in candidates)
        {
            var features = MentionFeatures.Of(candidate, candidates, documentDate.Date).Names;
            var (type, confidence) = models.Type.Predict(features);
            if (type == "none")
            {
                continue;
            }

            var (factuality, _) = models.Factuality.Predict(features);
            if (!Happened.Contains(factuality))
            {
                continue;
            }

            var eventType = EventTypes.Parse(type);
            var roles = facts.Actors.ToLookup(actor => models.Role.Predict(RoleFeatures.Of(candidate, actor).Names).Label);
            var option = BestDate(candidate, previous, candidates, documentDate);
            yield return new Mention(
                candidate,
                eventType,
                KindOf(eventType, candidate),
                confidence,
                factuality,
                roles["agent"].ToList(),
                roles["counterpart"].ToList(),
                roles["target"].ToList(),
                option.Value(documentDate.Date),
                option.Kind == DateOptionKind.Article,
                PlaceOf(candidate));
        }
    }

    private DateOption BestDate(Candidate candidate, SentenceFacts? previous, IReadOnlyList<Candidate> candidates, DocumentDate documentDate)
    {
        var yes = models.Date.IndexOf("yes");
        return DateFeatures.Options(candidate, previous)
            .Select((option, order) => (Option: option, Order: order, Score: models.Date.Probabilities(DateFeatures.Of(candidate, option, candidates, documentDate).Names)[yes]))
            .OrderByDescending(o => o.Score)
            .ThenBy(o => o.Order)
            .First()
            .Option;
    }

    /// <summary>The lexicon kind that stands for the decided type: the candidate's own when it has the type, else the first kind of that type.</summary>
    private EventKind KindOf(EventType type, Candidate candidate) =>
        candidate.Readings.FirstOrDefault(k => k.Type == type) ?? lexicon.Kinds.First(k => k.Type == type);

    /// <summary>The place named in the clause, right before the trigger ("the Geneva talks") or introduced by "in", "at" or "to".</summary>
    private static string? PlaceOf(Candidate candidate)
    {
        var facts = candidate.Facts;
        var trigger = candidate.Trigger;
        return facts.Places
            .Where(p => candidate.Clause.Covers(p.First, p.End))
            .Select(p => (p.Name, Distance: p.End <= trigger.First ? trigger.First - p.End : p.First - trigger.End,
                Introduced: facts.Key(p.First - 1) is "in" or "at" or "to" || (facts.Key(p.First - 1) == "the" && facts.Key(p.First - 2) is "in" or "at")))
            .Where(p => p.Distance <= 1 || (p.Introduced && p.Distance <= PlaceReach))
            .OrderBy(p => p.Distance)
            .Select(p => p.Name)
            .FirstOrDefault();
    }
}
