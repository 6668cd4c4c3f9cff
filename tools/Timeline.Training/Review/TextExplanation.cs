using Timeline.Extraction;
using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;

namespace Timeline.Training.Review;

/// <summary>Every candidate of a text with what each model says of it, then the events: for working on a sentence.</summary>
internal static class TextExplanation
{
    public static void Write(string text, DateOnly? published, TextWriter output)
    {
        var models = ExtractionModels.Default;
        var extractor = ArticleExtractor.CreateDefault();
        var input = new ArticleInput(text, null, PublishedAt: published);
        var (_, documentDate, sentences) = extractor.Read(input);
        output.WriteLine($"document date {documentDate.Date} ({documentDate.Rule})");
        var all = sentences.Select(facts => CandidateFinder.Find(facts, EventLexicon.Default)).ToList();
        foreach (var facts in sentences)
        {
            output.WriteLine($"S{facts.Index} actors: {string.Join(", ", facts.Actors.Select(a => $"{a.Actor.Id}({a.Actor.Kind}, {a.Actor.Country})"))}");
            var candidates = all[facts.Index];
            foreach (var candidate in candidates)
            {
                var features = MentionFeatures.Of(candidate, candidates, documentDate.Date).Names;
                output.WriteLine($"S{facts.Index} \"{string.Join(" ", Enumerable.Range(candidate.Trigger.First, candidate.Trigger.End - candidate.Trigger.First).Select(facts.Key))}\" ({candidate.Kind.Name})");
                output.WriteLine($"   type {Top(models.Type, features)}  factuality {Top(models.Factuality, features)}");
                foreach (var actor in facts.Actors)
                {
                    output.WriteLine($"   {actor.Actor.Id}: {Top(models.Role, RoleFeatures.Of(candidate, actor).Names)}");
                }

                foreach (var option in DateFeatures.Options(candidate, sentences))
                {
                    var score = models.Date.Probabilities(DateFeatures.Of(candidate, option, candidates, documentDate, sentences).Names)[models.Date.IndexOf("yes")];
                    output.WriteLine($"   date {option.Kind} {option.Value(documentDate.Date)} {score:0.00}");
                }
            }
        }

        foreach (var reported in extractor.ReportedEvents(input))
        {
            output.WriteLine($"REPORTED {reported.Type} {reported.Date} persons [{string.Join(", ", reported.Persons.Select(p => p.Id))}] participants [{string.Join(", ", reported.Participants.Select(p => p.Actor.Id))}] mentions {reported.Mentions.Count}");
        }

        foreach (var e in extractor.Extract(input).Events)
        {
            output.WriteLine($"EVENT {e.Type} {e.Date} [{string.Join(", ", e.Participants.Select(p => p.Actor.Id))}] \"{e.Title}\" {string.Join("; ", e.Provenance)}");
        }
    }

    private static string Top(LinearModel model, IReadOnlyList<string> features)
    {
        var p = model.Probabilities(features);
        return string.Join(" ", Enumerable.Range(0, p.Length).OrderByDescending(c => p[c]).Take(3).Select(c => $"{model.Classes[c]}:{p[c]:0.00}"));
    }
}
