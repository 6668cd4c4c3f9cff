using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Features;

/// <summary>
/// The features of a candidate for the decisions about the candidate itself: is it an event for the timeline, of which
/// type (the lexicon's class is one feature among others), and did it happen. They read the trigger's class and form,
/// the words around it, the cues of its clause, the kinds and sides of the actors and the kinds of the dates near it.
/// </summary>
internal static class MentionFeatures
{
    private const int CueWindow = 8;

    private const int WordWindow = 3;

    public static FeatureSet Of(Candidate candidate, IReadOnlyList<Candidate> sentenceCandidates, EventDate? documentDate)
    {
        var facts = candidate.Facts;
        var trigger = candidate.Trigger;
        var clause = candidate.Clause;
        var features = new FeatureSet();
        features.Add("class", candidate.Kind.Name);
        features.Add("shape", candidate.Kind.Shape.ToString());
        features.Add("form", trigger.Form.ToString());
        features.Add("word", string.Join(" ", Enumerable.Range(trigger.First, trigger.End - trigger.First).Select(t => facts.Key(t))));
        foreach (var reading in candidate.Readings.Skip(1))
        {
            features.Add("reading", reading.Name);
        }

        features.Add("place", facts.IsHeadline ? "headline" : facts.IsLead ? "lead" : facts.Sentence.IsCaption ? "caption" : "body");
        features.Add("sentence", FeatureSet.Bucket(facts.Index));
        if (facts.IsQuoted(trigger.First))
        {
            features.Add("quoted");
        }

        if (facts.IsQuestion)
        {
            features.Add("question");
        }

        AddWords(features, candidate);
        AddClauseWords(features, candidate);
        AddCues(features, candidate);
        AddRequirement(features, candidate);
        AddActors(features, candidate);
        AddDates(features, candidate, documentDate);
        if (facts.Places.Any(p => clause.Covers(p.First, p.End)))
        {
            features.Add("place-in-clause");
        }

        if (Triggers.Clauses.OpenerOf(facts, clause) is { } opener)
        {
            features.Add("opener", opener);
        }

        foreach (var other in sentenceCandidates.Where(c => c != candidate))
        {
            var where = other.Trigger.End <= trigger.First ? "before" : "after";
            var inClause = clause.Contains(other.Trigger.First) ? "clause" : "sentence";
            features.Add($"other-{where}-{inClause}", other.Kind.Shape.ToString());
            features.Add($"other-{where}", other.Kind.Name);
        }

        features.Cross("c:" + candidate.Kind.Name, ["prev", "prev2", "next", "cue-before", "actors-before", "actors-after", "place", "form", "date"]);
        return features;
    }

    private static void AddWords(FeatureSet features, Candidate candidate)
    {
        var facts = candidate.Facts;
        var trigger = candidate.Trigger;
        features.Add("prev", Context.At(facts, trigger.First - 1));
        features.Add("prev2", Context.At(facts, trigger.First - 2) + " " + Context.At(facts, trigger.First - 1));
        features.Add("next", Context.At(facts, trigger.End));
        features.Add("next2", Context.At(facts, trigger.End) + " " + Context.At(facts, trigger.End + 1));
        for (var t = trigger.First - WordWindow; t < trigger.End + WordWindow; t++)
        {
            if (t < trigger.First || t >= trigger.End)
            {
                features.Add(t < trigger.First ? "before" : "after", Context.At(facts, t));
            }
        }
    }

    /// <summary>The common words of the trigger's clause, as a bag: what the clause is about ("chips", "visit", "truce").</summary>
    private static void AddClauseWords(FeatureSet features, Candidate candidate)
    {
        var facts = candidate.Facts;
        for (var t = candidate.Clause.First; t < candidate.Clause.End; t++)
        {
            if ((t < candidate.Trigger.First || t >= candidate.Trigger.End) && facts.Tokens[t].Shape == Text.TokenShape.Lower && facts.Tokens[t].Key.Length > 3
                && Context.At(facts, t) == facts.Tokens[t].Key)
            {
                features.Add("clause-word", facts.Tokens[t].Key);
            }
        }
    }

    private static void AddCues(FeatureSet features, Candidate candidate)
    {
        var facts = candidate.Facts;
        var trigger = candidate.Trigger;
        var from = Math.Max(candidate.Clause.First, trigger.First - CueWindow);
        foreach (var cue in facts.Cues)
        {
            if (cue.First >= from && cue.End <= trigger.First)
            {
                features.Add("cue-before", cue.Cue.ToString());
                features.Add("cue-word-before", facts.Key(cue.First));
            }
            else if (cue.First >= trigger.End && cue.First < candidate.Clause.End && cue.First - trigger.End < CueWindow)
            {
                features.Add("cue-after", cue.Cue.ToString());
            }
            else if (cue.Cue is Cue.Reporting or Cue.Negation or Cue.Future or Cue.Hedge)
            {
                features.Add("cue-sentence", cue.Cue.ToString());
            }
        }

        for (var t = candidate.Clause.First; t < candidate.Clause.End; t++)
        {
            if ((t < trigger.First || t >= trigger.End) && candidate.Kind.SupportVerbs.Contains(facts.Tokens[t].Key))
            {
                features.Add("support-verb");
                break;
            }
        }
    }

    private static void AddRequirement(FeatureSet features, Candidate candidate)
    {
        if (candidate.Kind.Requires.Count == 0)
        {
            return;
        }

        var facts = candidate.Facts;
        var range = candidate.Kind.RequiresSentence ? new Reading.TokenRange(0, facts.Tokens.Count) : candidate.Clause;
        var met = Enumerable.Range(range.First, range.End - range.First).Any(t => candidate.Kind.Requires.Contains(facts.Tokens[t].Key));
        features.Add("requirement", met ? "met" : "unmet");
    }

    private static void AddActors(FeatureSet features, Candidate candidate)
    {
        var facts = candidate.Facts;
        var trigger = candidate.Trigger;
        var inClause = facts.Actors.Where(a => candidate.Clause.Covers(a.First, a.End)).ToList();
        foreach (var actor in inClause)
        {
            features.Add(actor.End <= trigger.First ? "actors-before" : "actors-after", Context.Describe(actor));
        }

        var sides = inClause.Select(a => Context.Side(a.Actor)).Where(s => s is "us" or "cn").Distinct().Order().ToList();
        features.Add("sides-clause", sides.Count == 0 ? "none" : string.Join("+", sides));
        var sentenceSides = facts.Actors.Select(a => Context.Side(a.Actor)).Where(s => s is "us" or "cn").Distinct().Order().ToList();
        features.Add("sides-sentence", sentenceSides.Count == 0 ? "none" : string.Join("+", sentenceSides));
        features.Add("persons-clause", FeatureSet.Bucket(inClause.Count(a => a.Actor.Kind == Model.ActorKind.Person)));
    }

    private static void AddDates(FeatureSet features, Candidate candidate, EventDate? documentDate)
    {
        var facts = candidate.Facts;
        foreach (var date in facts.Dates)
        {
            var where = candidate.Clause.Covers(date.First, date.End) ? "clause" : "sentence";
            features.Add("date", $"{where}:{date.Kind}:{date.Date.Precision}");
            features.Add("date-relation", $"{where}:{Context.Relation(date.Date, documentDate)}");
        }

        if (facts.Dates.Count == 0)
        {
            features.Add("date", "none");
        }
    }
}
