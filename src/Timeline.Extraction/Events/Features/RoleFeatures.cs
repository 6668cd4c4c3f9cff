using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Features;

/// <summary>
/// The features of an actor named in a candidate's sentence, for the role it plays in the candidate's event (agent,
/// counterpart, target, other): where it stands from the trigger, the word that introduces it, what follows it, its
/// kind and side, and the class of the event.
/// </summary>
internal static class RoleFeatures
{
    private const int TitleReach = 4;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "on", "to", "for", "with", "from", "in", "at", "against", "about", "over", "by", "between", "toward", "towards", "upon", "into", "including", "and",
    };

    public static FeatureSet Of(Candidate candidate, ActorSpan actor)
    {
        var facts = candidate.Facts;
        var trigger = candidate.Trigger;
        var features = new FeatureSet();
        var before = actor.End <= trigger.First;
        var inside = !before && actor.First < trigger.End;
        var relation = inside ? "inside" : before ? "before" : "after";
        features.Add("rel", relation);
        features.Add("distance", FeatureSet.Bucket(before ? trigger.First - actor.End : actor.First - trigger.End));
        features.Add("clause", candidate.Clause.Covers(actor.First, actor.End) ? "in" : "out");
        features.Add("kind", Context.KindOf(actor.Actor));
        features.Add("side", Context.Side(actor.Actor));
        features.Add("intro", Introducer(facts, actor.First));
        features.Add("prev", Context.At(facts, actor.First - 1));
        features.Add("next", Context.At(facts, actor.End));
        if (actor.Mention.IsMetonym)
        {
            features.Add("metonym");
        }

        if (actor.Mention.Title is not null)
        {
            features.Add("titled");
        }

        var between = facts.Actors.Count(a => before ? a.First >= actor.End && a.End <= trigger.First : a.First >= trigger.End && a.End <= actor.First);
        features.Add("actors-between", FeatureSet.Bucket(between));
        var commas = Enumerable.Range(Math.Min(actor.End, trigger.End), Math.Max(0, Math.Max(actor.First, trigger.First) - Math.Min(actor.End, trigger.End)))
            .Count(t => facts.Key(t) == ",");
        features.Add("commas-between", FeatureSet.Bucket(commas));
        if (facts.Cues.Any(c => c.Cue == Cue.Reporting && c.First >= actor.End && c.First - actor.End <= 1))
        {
            features.Add("says");
        }

        if (facts.Cues.Any(c => c.Cue == Cue.ClauseOpener && (before ? c.First >= actor.End && c.End <= trigger.First : c.First >= trigger.End && c.End <= actor.First)))
        {
            features.Add("opener-between");
        }

        if (facts.Key(actor.End) == "and" || facts.Key(actor.First - 1) == "and")
        {
            features.Add("coordinated");
        }

        features.Add("sentence-sides", string.Join("+", facts.Actors.Select(a => Context.Side(a.Actor)).Where(s => s is "us" or "cn").Distinct().Order()));
        features.Cross("s:" + candidate.Kind.Shape, ["rel", "intro", "kind", "side", "next", "clause"]);
        features.Cross("c:" + candidate.Kind.Name, ["rel", "intro", "kind"]);
        features.Add("rel-intro", relation + ":" + Introducer(facts, actor.First));
        var inClause = candidate.Clause.Covers(actor.First, actor.End);
        features.Add("rel-clause", relation + ":" + (inClause ? "in" : "out"));
        // The subject: the actor nearest before the trigger in its clause, not introduced by a preposition.
        if (before && inClause && between == 0 && !Prepositions.Contains(Introducer(facts, actor.First)))
        {
            features.Add("subject");
            features.Add("subject-shape", candidate.Kind.Shape.ToString());
        }

        if (!before && !inside && inClause && Prepositions.Contains(Introducer(facts, actor.First)))
        {
            features.Add("object-of", Introducer(facts, actor.First) + ":" + candidate.Kind.Shape);
        }
        return features;
    }

    /// <summary>The word that introduces a name, past its title and determiners ("with U.S. Secretary of State": "with").</summary>
    private static string Introducer(SentenceFacts facts, int first)
    {
        var t = first - 1;
        while (t >= 0 && first - t <= TitleReach && (facts.Tokens[t].Shape is TokenShape.Capitalized or TokenShape.Upper || facts.Key(t) is "the" or "'s" or "of" or "."))
        {
            t--;
        }

        return Context.At(facts, t);
    }
}
