using Timeline.Evaluation.Gold;
using Timeline.Extraction;
using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Training.Labels;
using Timeline.Training.Prefill;

namespace Timeline.Training.Learning;

/// <summary>
/// Turns label files into examples: the annotated article is read by the same stages the service runs, each candidate
/// is found by its offsets in the label file, and the same feature code as at run time describes each decision.
/// </summary>
internal sealed class ExampleBuilder(ArticleExtractor extractor)
{
    public void Add(ExampleSet set, GoldFile gold, LabelFile labels)
    {
        var part = Parts.Of(gold.Name);
        var (article, documentDate, sentences) = extractor.Read(ArticleInputs.From(gold.Article));
        var offsets = RawOffsets.Build(gold.Article.Text, article.Text);
        var byAt = labels.Candidates.ToDictionary(c => (c.At[0], c.At[1]));
        var all = sentences.Select(facts => CandidateFinder.Find(facts, EventLexicon.Default)).ToList();
        foreach (var facts in sentences)
        {
            var candidates = all[facts.Index];
            foreach (var candidate in candidates)
            {
                if (offsets.Span(candidate.Span.Start, candidate.Span.End) is not { } at || !byAt.TryGetValue((at[0], at[1]), out var label) || label.Unreviewed == true)
                {
                    continue;
                }

                Example Make(IReadOnlyList<string> features, string value) => new(features, value, part, gold.Name);
                set.Types.Add(Make(MentionFeatures.Of(candidate, candidates, documentDate.Date).Names, label.Type));
                if (label.Type == "none")
                {
                    continue;
                }

                set.Factualities.Add(Make(MentionFeatures.Of(candidate, candidates, documentDate.Date).Names, label.Factuality!));
                var roles = label.Actors.ToDictionary(a => (a.At[0], a.At[1], a.Id), a => a.Role);
                foreach (var actor in facts.Actors)
                {
                    var span = offsets.Span(facts.Tokens[actor.First].Start, facts.Tokens[actor.End - 1].End);
                    if (span is not null && roles.TryGetValue((span[0], span[1], actor.Actor.Id), out var role))
                    {
                        set.Roles.Add(Make(RoleFeatures.Of(candidate, actor).Names, role));
                    }
                }

                var options = DateFeatures.Options(candidate, sentences);
                var chosen = ChosenOption(options, label.Date, offsets);
                foreach (var option in options)
                {
                    set.Dates.Add(Make(DateFeatures.Of(candidate, option, candidates, documentDate, sentences).Names, option == chosen ? "yes" : "no"));
                }
            }
        }
    }

    /// <summary>The option the label names; a date written farther away than the options reach means none (another report dates it).</summary>
    private static DateOption ChosenOption(IReadOnlyList<DateOption> options, DateLabel? label, RawOffsets offsets)
    {
        if (label is null)
        {
            return DateOption.None;
        }

        if (label.IsArticle)
        {
            return DateOption.Article;
        }

        return options.FirstOrDefault(o => o.Kind == DateOptionKind.Expression && Overlaps(o, label, offsets)) ?? DateOption.None;
    }

    private static bool Overlaps(DateOption option, DateLabel label, RawOffsets offsets)
    {
        var facts = option.Sentence!;
        var date = option.Date!.Value;
        var span = offsets.Span(facts.Tokens[date.First].Start, facts.Tokens[date.End - 1].End);
        return span is not null && span[0] < label.End && label.Start < span[1];
    }
}
