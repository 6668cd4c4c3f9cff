using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Asks the models about every candidate of a sentence: is it an event for the timeline and of which type, did it
/// happen, which actors take part and how, and how well each date option dates it. Candidates taken for events that
/// happened become mentions.
/// </summary>
internal sealed class MentionDecider(ExtractionModels models, EventLexicon lexicon, Thresholds thresholds)
{
    private static readonly string[] HappenedClasses = ["reported", "announced", "background"];

    private const int PlaceReach = 12;

    /// <summary>The candidates of every sentence, found once for the whole document.</summary>
    public IReadOnlyList<IReadOnlyList<Candidate>> Candidates(IReadOnlyList<SentenceFacts> sentences) =>
        sentences.Select(facts => CandidateFinder.Find(facts, lexicon)).ToList();

    public IEnumerable<Mention> Decide(IReadOnlyList<SentenceFacts> sentences, IReadOnlyList<IReadOnlyList<Candidate>> candidatesBySentence, int index, DocumentDate documentDate)
    {
        var facts = sentences[index];
        var candidates = candidatesBySentence[index];
        foreach (var candidate in candidates)
        {
            var features = MentionFeatures.Of(candidate, candidates, documentDate.Date).Names;
            var types = models.Type.Probabilities(features);
            if (types[models.Type.IndexOf("none")] >= thresholds.Event)
            {
                continue;
            }

            var factuality = models.Factuality.Probabilities(features);
            if (HappenedClasses.Sum(c => factuality[models.Factuality.IndexOf(c)]) < thresholds.Happened)
            {
                continue;
            }

            var (type, confidence) = BestType(types);
            var roles = facts.Actors.Select(actor => (Actor: actor, Role: Role(candidate, actor))).Where(r => r.Role is not null).ToLookup(r => r.Role!, r => r.Actor);
            yield return new Mention(
                candidate,
                type,
                KindOf(type, candidate),
                confidence,
                roles["agent"].ToList(),
                roles["counterpart"].ToList(),
                roles["target"].ToList(),
                ScoredDates(candidate, sentences, candidates, documentDate),
                PlaceOf(candidate));
        }
    }

    /// <summary>The most probable type other than none.</summary>
    private (EventType Type, float Probability) BestType(float[] probabilities)
    {
        var best = -1;
        for (var c = 0; c < probabilities.Length; c++)
        {
            if (models.Type.Classes[c] != "none" && (best < 0 || probabilities[c] > probabilities[best]))
            {
                best = c;
            }
        }

        return (EventTypeNames.Parse(models.Type.Classes[best]), probabilities[best]);
    }

    /// <summary>The actor's most probable role but "other", when "other" is less likely than the threshold; else null.</summary>
    private string? Role(Candidate candidate, ActorSpan actor)
    {
        var probabilities = models.Role.Probabilities(RoleFeatures.Of(candidate, actor).Names);
        var other = models.Role.IndexOf("other");
        // A meeting's people are all its parties; an act's or a declaration's are few, and one named in passing is no party.
        var threshold = candidate.Kind.Shape == EventShape.Encounter ? thresholds.Participant : thresholds.ActParticipant;
        if (probabilities[other] >= threshold)
        {
            return null;
        }

        var best = Enumerable.Range(0, probabilities.Length).Where(c => c != other).MaxBy(c => probabilities[c]);
        return models.Role.Classes[best];
    }

    private List<ScoredDate> ScoredDates(Candidate candidate, IReadOnlyList<SentenceFacts> sentences, IReadOnlyList<Candidate> candidates, DocumentDate documentDate)
    {
        var yes = models.Date.IndexOf("yes");
        return DateFeatures.Options(candidate, sentences)
            .Select(option => new ScoredDate(option, option.Value(documentDate.Date), models.Date.Probabilities(DateFeatures.Of(candidate, option, candidates, documentDate, sentences).Names)[yes]))
            .ToList();
    }

    /// <summary>
    /// The lexicon kind that stands for the decided type: the candidate's own reading of that type; else the first kind
    /// of the type, but for "other", which spans unlike acts (a visit, a drill, a boycott), the candidate's own kind, so
    /// an act the model calls "other" keeps the CAMEO code of what its word says rather than a visit's.
    /// </summary>
    private EventKind KindOf(EventType type, Candidate candidate) =>
        candidate.Readings.FirstOrDefault(k => k.Type == type)
        ?? (type == EventType.Other ? candidate.Kind with { Type = EventType.Other } : lexicon.Kinds.First(k => k.Type == type));

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
