using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Extraction;
using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;
using Timeline.Training.Labels;

namespace Timeline.Training.Prefill;

/// <summary>
/// Writes a first guess of every candidate's labels, from the gold file (which event, its type) and from the trained
/// models (factuality, roles, the date), for a reviewer to correct by reading the text. Labels already in the file are
/// kept; a candidate new since (a word added to the lexicon) is added and marked unreviewed.
/// </summary>
internal sealed class Prefiller
{
    private readonly ExtractionModels _models = ExtractionModels.Default;
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();
    private readonly EventLexicon _lexicon = EventLexicon.Default;

    public LabelFile Prefill(GoldFile gold, string name, LabelFile? existing)
    {
        var input = ArticleInputs.From(gold.Article);
        var (article, documentDate, sentences) = _extractor.Read(input);
        var offsets = RawOffsets.Build(gold.Article.Text, article.Text);
        var reported = ReportedSentences(gold, input);
        var kept = existing?.Candidates.ToDictionary(c => (c.At[0], c.At[1])) ?? [];
        var labels = new List<CandidateLabel>();
        foreach (var facts in sentences)
        {
            var candidates = CandidateFinder.Find(facts, _lexicon);
            foreach (var candidate in candidates)
            {
                if (offsets.Span(candidate.Span.Start, candidate.Span.End) is not { } at)
                {
                    continue;
                }

                if (kept.TryGetValue((at[0], at[1]), out var previous))
                {
                    labels.Add(previous);
                    continue;
                }

                var guess = Guess(candidate, candidates, sentences, documentDate, at, gold, reported, offsets);
                guess.Unreviewed = existing is not null ? true : null;
                labels.Add(guess);
            }
        }

        var aligned = labels.Select(l => l.Event).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new LabelFile
        {
            File = name,
            TextLength = gold.Article.Text.Length,
            Reviewed = (existing?.Reviewed ?? false) && labels.All(l => l.Unreviewed is null),
            Candidates = labels,
            Missed = existing?.Missed.Count > 0
                ? existing.Missed
                : gold.ExpectedEvents.Where(g => !aligned.Contains(g.Key)).Select(g => new MissedEvent { Event = g.Key }).ToList(),
        };
    }

    private CandidateLabel Guess(
        Candidate candidate, IReadOnlyList<Candidate> candidates, IReadOnlyList<SentenceFacts> sentences, DocumentDate documentDate, int[] at,
        GoldFile gold, IReadOnlyList<(Evidence Evidence, GoldEvent Gold)> reported, RawOffsets offsets)
    {
        var sentence = candidate.Facts.Sentence;
        var viaExtractor = reported
            .Where(r => r.Evidence.Start < sentence.End && sentence.Start < r.Evidence.End)
            .Select(r => r.Gold)
            .FirstOrDefault(g => candidate.Readings.Any(k => NameComparer.Alternatives(g.Type)
                .Any(t => GoldAlignment.FamilyOf(t) == GoldAlignment.FamilyOf(GoldAlignment.TypeName(k.Type)))));
        var goldEvent = viaExtractor ?? GoldAlignment.Guess(candidate, gold.ExpectedEvents);
        var features = MentionFeatures.Of(candidate, candidates, documentDate.Date).Names;
        var type = goldEvent is null ? "none" : BestType(goldEvent, candidate);
        var factuality = _models.Factuality.Predict(features).Label;
        return new CandidateLabel
        {
            At = at,
            Word = string.Join(" ", Enumerable.Range(candidate.Trigger.First, candidate.Trigger.End - candidate.Trigger.First).Select(t => candidate.Facts.Key(t))),
            Class = candidate.Kind.Name,
            Type = type,
            Factuality = type == "none" ? null : goldEvent is { Required: false } ? "background" : factuality,
            Event = goldEvent?.Key,
            Date = type == "none" ? null : DateOf(candidate, candidates, sentences, documentDate, offsets),
            Actors = candidate.Facts.Actors
                .Select(a => (Span: offsets.Span(candidate.Facts.Tokens[a.First].Start, candidate.Facts.Tokens[a.End - 1].End), Actor: a))
                .Where(a => a.Span is not null)
                .Select(a => new ActorLabel { At = a.Span!, Id = a.Actor.Actor.Id, Role = type == "none" ? "other" : _models.Role.Predict(RoleFeatures.Of(candidate, a.Actor).Names).Label })
                .ToList(),
        };
    }

    /// <summary>The gold type among its alternatives that one of the candidate's readings has, else the first.</summary>
    private static string BestType(GoldEvent gold, Candidate candidate)
    {
        var alternatives = NameComparer.Alternatives(gold.Type).ToList();
        return alternatives.FirstOrDefault(t => candidate.Readings.Any(r => GoldAlignment.TypeName(r.Type) == t)) ?? alternatives[0];
    }

    private DateLabel? DateOf(Candidate candidate, IReadOnlyList<Candidate> candidates, IReadOnlyList<SentenceFacts> sentences, DocumentDate documentDate, RawOffsets offsets)
    {
        var yes = _models.Date.IndexOf("yes");
        var best = DateFeatures.Options(candidate, sentences)
            .MaxBy(o => _models.Date.Probabilities(DateFeatures.Of(candidate, o, candidates, documentDate, sentences).Names)[yes])!;
        return best.Kind switch
        {
            DateOptionKind.Article => DateLabel.Article,
            DateOptionKind.Expression when offsets.Span(best.Sentence!.Tokens[best.Date!.Value.First].Start, best.Sentence.Tokens[best.Date.Value.End - 1].End) is { } span
                => DateLabel.Expression(span[0], span[1]),
            _ => null,
        };
    }

    /// <summary>The evidence sentences of the extractor's events that match a gold event, with that event.</summary>
    private List<(Evidence Evidence, GoldEvent Gold)> ReportedSentences(GoldFile gold, ArticleInput input)
    {
        var found = new List<(Evidence, GoldEvent)>();
        foreach (var extracted in _extractor.Extract(input).Events)
        {
            var system = Timeline.Evaluation.Service.InProcessRun.ToSystemEvent(extracted, "prefill");
            var match = gold.ExpectedEvents.FirstOrDefault(g => MatchCheck.Compare(g, system).IsMatch);
            if (match is not null)
            {
                found.AddRange(extracted.Evidence.Select(e => (e, match)));
            }
        }

        return found;
    }
}
