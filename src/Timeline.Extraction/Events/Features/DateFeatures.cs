using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Features;

/// <summary>
/// Which date dates a candidate. Every date of its sentence and of the sentence before is an option, with the article's
/// date and none; each option gets features (where it stands, the word before it, what lies between, its kind and how
/// far it is from the article's date) and the model scores each: the best one dates the candidate.
/// </summary>
internal static class DateFeatures
{
    private const int FrontedReach = 6;

    private const int FutureReach = 6;

    /// <summary>How many sentences back a date may be written for a mention.</summary>
    private const int BackReach = 2;

    /// <summary>A headline or lead mention may be dated by a date of the article's first sentences.</summary>
    private const int LeadSentences = 4;

    public static IReadOnlyList<DateOption> Options(Candidate candidate, IReadOnlyList<SentenceFacts> sentences)
    {
        var index = candidate.Sentence;
        var near = Enumerable.Range(Math.Max(0, index - BackReach), Math.Min(BackReach, index) + 1);
        var lead = index < LeadSentences ? Enumerable.Range(0, Math.Min(LeadSentences, sentences.Count)) : [];
        var options = near.Concat(lead).Distinct().Order()
            .SelectMany(s => sentences[s].Dates.Select(d => new DateOption(DateOptionKind.Expression, sentences[s], d)))
            .ToList();
        options.Add(DateOption.Article);
        options.Add(DateOption.None);
        return options;
    }

    private static IEnumerable<SentenceFacts> Near(Candidate candidate, IReadOnlyList<SentenceFacts> sentences) =>
        sentences.Skip(Math.Max(0, candidate.Sentence - BackReach)).Take((2 * BackReach) + 1);

    public static FeatureSet Of(Candidate candidate, DateOption option, IReadOnlyList<Candidate> sentenceCandidates, DocumentDate documentDate, IReadOnlyList<SentenceFacts> sentences)
    {
        var features = new FeatureSet();
        features.Add("opt", option.Kind.ToString());
        var facts = candidate.Facts;
        // What the trigger's own words say of its time: "had met" is before the dates told around it, "will meet" after.
        features.Add("trigger-prev", option.Kind + ":" + Context.At(facts, candidate.Trigger.First - 1));
        features.Add("trigger-form", option.Kind + ":" + candidate.Trigger.Form);
        var place = facts.IsHeadline ? "headline" : facts.IsLead ? "lead" : "body";
        switch (option.Kind)
        {
            case DateOptionKind.Expression:
                AddExpression(features, candidate, option.Sentence!, option.Date!.Value, sentenceCandidates, documentDate.Date);
                break;
            case DateOptionKind.Article:
                features.Add("article-place", place);
                features.Add("article-form", candidate.Trigger.Form.ToString());
                features.Add("article-rule", documentDate.Rule.ToString());
                features.Add("article-precision", documentDate.Date?.Precision.ToString() ?? "none");
                features.Add("article-dates-in-sentence", FeatureSet.Bucket(facts.Dates.Count));
                features.Add("article-shape", candidate.Kind.Shape.ToString());
                // An article that writes no date for anything is news of its own day.
                features.Add("article-dates-near", FeatureSet.Bucket(Near(candidate, sentences).Sum(s => s.Dates.Count)));
                break;
            default:
                features.Add("none-place", place);
                features.Add("none-dates-in-sentence", FeatureSet.Bucket(facts.Dates.Count));
                features.Add("none-shape", candidate.Kind.Shape.ToString());
                features.Add("none-form", candidate.Trigger.Form.ToString());
                break;
        }

        return features;
    }

    private static void AddExpression(
        FeatureSet features, Candidate candidate, SentenceFacts sentence, DateSpan date, IReadOnlyList<Candidate> sentenceCandidates, EventDate? documentDate)
    {
        var trigger = candidate.Trigger;
        features.Add("kind", date.Kind.ToString());
        features.Add("precision", date.Date.Precision.ToString());
        features.Add("relation", Context.Relation(date.Date, documentDate));
        features.Add("intro", Context.At(sentence, date.First - 1));
        features.Add("first", Context.At(sentence, date.First));
        features.Add("next", Context.At(sentence, date.End));
        if (sentence.HasCue(Cue.NonDating, Math.Max(0, date.First - 1), Math.Min(date.End, date.First + 1)))
        {
            features.Add("non-dating");
        }

        if (sentence.HasCue(Cue.Future, Math.Max(0, date.First - FutureReach), date.First))
        {
            features.Add("future-before");
        }

        if (date.First <= FrontedReach && sentence.Key(date.End) == ",")
        {
            features.Add("fronted");
        }

        if (sentence != candidate.Facts)
        {
            var offset = sentence.Index - candidate.Sentence;
            features.Add("where", offset < 0 ? $"back-{-offset}" : "ahead");
            features.Add("where-place", (offset < 0 ? "back" : "ahead") + ":" + (candidate.Facts.IsHeadline ? "headline" : candidate.Facts.IsLead ? "lead" : "body"));
            features.Add("dates-there", FeatureSet.Bucket(sentence.Dates.Count));
            features.Cross("elsewhere", ["kind", "intro", "relation"]);
            return;
        }

        var before = date.End <= trigger.First;
        features.Add("where", before ? "before" : "after");
        features.Add("clause", candidate.Clause.Covers(date.First, date.End) ? "in" : "out");
        var (from, to) = before ? (date.End, trigger.First) : (trigger.End, date.First);
        features.Add("distance", FeatureSet.Bucket(to - from));
        features.Add("commas", FeatureSet.Bucket(Enumerable.Range(from, Math.Max(0, to - from)).Count(t => sentence.Key(t) == ",")));
        var between = sentenceCandidates.Count(c => c != candidate && c.Trigger.First >= from && c.Trigger.End <= to);
        features.Add("triggers-between", FeatureSet.Bucket(between));
        var nearest = sentenceCandidates.MinBy(c => Math.Min(Math.Abs(c.Trigger.First - date.End), Math.Abs(date.First - c.Trigger.End)));
        if (nearest == candidate)
        {
            features.Add("nearest");
        }

        if (sentence.Cues.Any(c => c.Cue == Cue.Reporting && c.First >= from && c.End <= to))
        {
            features.Add("reporting-between");
        }

        features.Cross("s:" + candidate.Kind.Shape, ["where", "clause", "intro", "relation"]);
    }
}
