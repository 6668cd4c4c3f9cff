using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Mentions;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;
using Timeline.Training.Labels;

namespace Timeline.Training.Prefill;

/// <summary>
/// Writes a first guess of every candidate's labels, from the gold file (which event, its type) and from the rules of
/// the extractor as it stood (factuality, roles, the date), for a reviewer to correct by reading the text. Labels of a
/// file already reviewed are kept; candidates new since are added, unreviewed.
/// </summary>
internal sealed class Prefiller
{
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();
    private readonly EventLexicon _lexicon = EventLexicon.Default;
    private readonly ParticipantFinder _participants = new(EventGrammar.Default, Gazetteer.Default);

    public LabelFile Prefill(GoldFile gold, string name, LabelFile? existing)
    {
        var input = ArticleInputs.From(gold.Article);
        var (article, _, sentences) = _extractor.Read(input);
        var offsets = RawOffsets.Build(gold.Article.Text, article.Text);
        var reported = ReportedSentences(gold, input);
        var kept = existing?.Candidates.ToDictionary(c => (c.At[0], c.At[1])) ?? [];
        var labels = new List<CandidateLabel>();
        foreach (var facts in sentences)
        {
            var candidates = CandidateFinder.Find(facts, _lexicon);
            var triggers = candidates.Select(c => (c.Trigger, c.Clause, FactualityJudge.Judge(facts, c.Trigger, c.Clause))).ToList();
            var dates = MentionDating.Assign(facts, triggers);
            for (var i = 0; i < candidates.Count; i++)
            {
                var candidate = candidates[i];
                if (offsets.Span(candidate.Span.Start, candidate.Span.End) is not { } at)
                {
                    continue;
                }

                labels.Add(kept.TryGetValue((at[0], at[1]), out var previous)
                    ? previous
                    : Guess(candidate, at, triggers[i].Item3, dates[i], gold, reported, offsets));
            }
        }

        var aligned = labels.Select(l => l.Event).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return new LabelFile
        {
            File = name,
            TextLength = gold.Article.Text.Length,
            Reviewed = existing?.Reviewed ?? false,
            Candidates = labels,
            Missed = existing?.Missed.Count > 0
                ? existing.Missed
                : gold.ExpectedEvents.Where(g => !aligned.Contains(g.Key)).Select(g => new MissedEvent { Event = g.Key }).ToList(),
        };
    }

    private CandidateLabel Guess(
        Candidate candidate, int[] at, Factuality factuality, DateSpan? date, GoldFile gold,
        IReadOnlyList<(Evidence Evidence, GoldEvent Gold)> reported, RawOffsets offsets)
    {
        var sentence = candidate.Facts.Sentence;
        var viaRules = reported
            .Where(r => r.Evidence.Start < sentence.End && sentence.Start < r.Evidence.End)
            .Select(r => r.Gold)
            .FirstOrDefault(g => candidate.Readings.Any(k => NameComparer.Alternatives(g.Type)
                .Any(t => GoldAlignment.FamilyOf(t) == GoldAlignment.FamilyOf(GoldAlignment.TypeName(k.Type)))));
        var goldEvent = viaRules ?? GoldAlignment.Guess(candidate, gold.ExpectedEvents);
        var participants = _participants.Find(candidate.Facts, candidate.Trigger, candidate.Clause);
        var type = goldEvent is null ? "none" : BestType(goldEvent, candidate);
        return new CandidateLabel
        {
            At = at,
            Word = string.Join(" ", candidate.Facts.Tokens.Skip(candidate.Trigger.First).Take(candidate.Trigger.End - candidate.Trigger.First).Select(t => t.Key)),
            Class = candidate.Kind.Name,
            Type = type,
            Factuality = type == "none" ? null : FactualityLabel(factuality, goldEvent),
            Event = goldEvent?.Key,
            Date = type == "none" ? null : DateOf(candidate, date, offsets),
            Actors = candidate.Facts.Actors
                .Select(a => (Span: offsets.Span(candidate.Facts.Tokens[a.First].Start, candidate.Facts.Tokens[a.End - 1].End), Actor: a))
                .Where(a => a.Span is not null)
                .Select(a => new ActorLabel { At = a.Span!, Id = a.Actor.Actor.Id, Role = type == "none" ? "other" : RoleOf(a.Actor, participants, candidate.Kind.Shape) })
                .ToList(),
        };
    }

    /// <summary>The gold type among its alternatives that one of the candidate's readings has, else the first.</summary>
    private static string BestType(GoldEvent gold, Candidate candidate)
    {
        var alternatives = NameComparer.Alternatives(gold.Type).ToList();
        return alternatives.FirstOrDefault(t => candidate.Readings.Any(r => GoldAlignment.TypeName(r.Type) == t)) ?? alternatives[0];
    }

    private static string FactualityLabel(Factuality factuality, GoldEvent? gold) => factuality switch
    {
        _ when gold is { Required: false } => "background",
        Factuality.Reported or Factuality.Quoted => "reported",
        Factuality.Announced => "announced",
        Factuality.Planned => gold is null ? "planned" : "reported",
        Factuality.Negated => gold is null ? "negated" : "reported",
        _ => gold is null ? "hypothetical" : "reported",
    };

    private static DateLabel? DateOf(Candidate candidate, DateSpan? date, RawOffsets offsets)
    {
        if (date is { } written && offsets.Span(candidate.Facts.Tokens[written.First].Start, candidate.Facts.Tokens[written.End - 1].End) is { } span)
        {
            return DateLabel.Expression(span[0], span[1]);
        }

        return candidate.Facts.IsHeadline || candidate.Facts.IsLead ? DateLabel.Article : null;
    }

    private static string RoleOf(ActorSpan actor, MentionParticipants participants, EventShape shape)
    {
        if (participants.Agents.Any(a => a.First == actor.First))
        {
            return "agent";
        }

        if (participants.Others.Any(a => a.First == actor.First))
        {
            return shape is EventShape.Encounter ? "counterpart" : "target";
        }

        return "other";
    }

    /// <summary>The evidence sentences of the rule extractor's events that match a gold event, with that event.</summary>
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
