using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Extraction;
using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Training.Labels;
using Timeline.Training.Prefill;

namespace Timeline.Training.Learning;

/// <summary>
/// For each gold event the extractor missed, the candidates labelled as reporting it, with each decision as labelled
/// and as the models made it: where a miss comes from (type, factuality, roles, date, or the assembly after them).
/// </summary>
internal sealed class DecisionTrace(ExtractionModels models)
{
    private readonly ArticleExtractor _extractor = ArticleExtractor.WithModels(models);

    public void Write(TextWriter output, ScopeReport scope, string labelRoot)
    {
        foreach (var miss in scope.Misses)
        {
            var labels = LabelStore.TryRead(LabelStore.PathOf(labelRoot, miss.File));
            var gold = GoldLoader.Parse(File.ReadAllText(Path.Combine("../shared/eval", miss.File)), "", miss.File);
            output.WriteLine($"MISS {(miss.Gold.Required ? "required" : "background")} {miss.Gold.Key} {miss.Gold.Type} {miss.Gold.Date} [{string.Join(", ", miss.Gold.Participants)}] in {miss.File}");
            output.WriteLine($"     closest: {miss.Closest?.Type} {miss.Closest?.Date} [{string.Join(", ", miss.Closest?.ParticipantNames ?? [])}] ({miss.WhyNotClosest})");
            if (labels is null)
            {
                continue;
            }

            var (article, documentDate, sentences) = _extractor.Read(ArticleInputs.From(gold.Article));
            var offsets = RawOffsets.Build(gold.Article.Text, article.Text);
            var byAt = labels.Candidates.Where(c => c.Event == miss.Gold.Key).ToDictionary(c => (c.At[0], c.At[1]));
            var all = sentences.Select(facts => CandidateFinder.Find(facts, EventLexicon.Default)).ToList();
            foreach (var facts in sentences)
            {
                var candidates = all[facts.Index];
                foreach (var candidate in candidates)
                {
                    if (offsets.Span(candidate.Span.Start, candidate.Span.End) is not { } at || !byAt.TryGetValue((at[0], at[1]), out var label))
                    {
                        continue;
                    }

                    var features = MentionFeatures.Of(candidate, candidates, documentDate.Date).Names;
                    var (type, p) = models.Type.Predict(features);
                    var (factuality, q) = models.Factuality.Predict(features);
                    var roles = string.Join(" ", facts.Actors.Select(a =>
                    {
                        var span = offsets.Span(facts.Tokens[a.First].Start, facts.Tokens[a.End - 1].End);
                        var labelled = label.Actors.FirstOrDefault(l => span is not null && l.At[0] == span[0] && l.Id == a.Actor.Id)?.Role ?? "?";
                        var predicted = models.Role.Predict(RoleFeatures.Of(candidate, a).Names).Label;
                        return labelled == predicted ? $"{a.Actor.Id}={predicted}" : $"{a.Actor.Id}={labelled}/{predicted}!";
                    }));
                    var yes = models.Date.IndexOf("yes");
                    var best = DateFeatures.Options(candidate, sentences)
                        .MaxBy(o => models.Date.Probabilities(DateFeatures.Of(candidate, o, candidates, documentDate, sentences).Names)[yes])!;
                    var chosen = best.Kind == DateOptionKind.Expression ? best.Date!.Value.Date.ToString() : best.Kind.ToString();
                    var labelledDate = label.Date is null ? "null" : label.Date.IsArticle ? "article" : gold.Article.Text[label.Date.Start..label.Date.End];
                    output.WriteLine($"     S{facts.Index} \"{label.Word}\" type {label.Type}/{type}{(type == label.Type ? "" : "!")} {p:0.00}  fact {label.Factuality}/{factuality}{(factuality == label.Factuality ? "" : "!")} {q:0.00}  date '{labelledDate}'/{chosen}  {roles}");
                }
            }
        }
    }
}
