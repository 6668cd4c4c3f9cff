using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;

namespace Timeline.Extraction.Events;

/// <summary>
/// Finds the events one sentence reports: trigger phrases that are not quoted, denied, hedged or only planned, each
/// with the actors around it, the nearest date written in the sentence, and the place it happened.
/// </summary>
internal sealed class SentenceEventDetector(TriggerLexicon lexicon, Gazetteer gazetteer)
{
    private const int CueWindow = 4;
    private const int PlaceWindow = 15;

    private readonly SentenceParticipants _participants = new(lexicon);

    public IReadOnlyList<EventCandidate> Detect(SentenceView view, IReadOnlyList<Actor> defaultSides)
    {
        var triggers = KeptTriggers(view);
        var candidates = new List<EventCandidate>();
        for (var t = 0; t < triggers.Count; t++)
        {
            var trigger = triggers[t];
            var category = trigger.Value;
            var candidate = new EventCandidate { Category = category, FirstSentence = view.Index };
            candidate.Subjects.AddRange(_participants.Subjects(view, triggers, t));
            candidate.Objects.AddRange(_participants.Objects(view, trigger));
            if (category.Type == EventType.Meeting && !candidate.Persons.Any() && IsIdentified(view, trigger))
            {
                // A meeting nobody is named at, but placed or dated ("the Geneva meeting earlier this month"),
                // is a meeting of delegations: talks. A bare "the meeting" stays a mention of the article's meeting.
                candidate = Recategorize(candidate, lexicon.Category("talks"));
            }

            candidate.Sides.AddRange(SidesOf(candidate, view, defaultSides));
            candidate.Standalone = HasEnoughSides(candidate);
            candidate.Location = PlaceOf(view, trigger);
            candidate.Tense = TenseOf(view, trigger);
            candidate.OnlyCaptions = view.Sentence.IsCaption;
            candidate.Sentences.Add(view.Index);
            candidate.Evidence.Add(new Evidence(view.Sentence.Text, view.Sentence.Start, view.Sentence.End));
            candidates.Add(candidate);
        }

        SentenceDates.Assign(view, triggers, candidates, lexicon);
        return DropContentOfBilateralEvents(OnePerCategory(candidates));
    }

    /// <summary>"Blinken spoke with Wang on a call on Sunday": two triggers of one kind and actors in a sentence are one event.</summary>
    private static List<EventCandidate> OnePerCategory(List<EventCandidate> candidates)
    {
        var kept = new List<EventCandidate>();
        foreach (var candidate in candidates)
        {
            var same = kept.FirstOrDefault(k => k.Category == candidate.Category && SameActors(k, candidate));
            if (same is null)
            {
                kept.Add(candidate);
            }
            else
            {
                CandidateMerger.Absorb(same, candidate);
            }
        }

        return kept;
    }

    /// <summary>The same people for a call or meeting; the same acting side for a tariff ("Trump's tariff, and Beijing's").</summary>
    private static bool SameActors(EventCandidate a, EventCandidate b) =>
        a.Category.Bilateral
            ? CandidateMerger.NestedOrEmpty(a.Persons.Select(p => p.Id), b.Persons.Select(p => p.Id))
            : CandidateMerger.NestedOrEmpty(a.Countries.Select(c => c.Id), b.Countries.Select(c => c.Id));

    private static bool IsIdentified(SentenceView view, PhraseMatch<EventCategory> trigger)
    {
        const int Beside = 3;
        var start = view.Tokens[trigger.First].Start;
        var end = view.Tokens[trigger.Last].End;
        return view.Places.Any(p => SentenceDates.TokenDistance(view, p.Start, p.End, start, end) <= 1)
            || view.Dates.Any(d => SentenceDates.TokenDistance(view, d.Start, d.End, start, end) <= Beside);
    }

    private static EventCandidate Recategorize(EventCandidate candidate, EventCategory category)
    {
        var copy = new EventCandidate { Category = category, FirstSentence = candidate.FirstSentence };
        copy.Subjects.AddRange(candidate.Subjects);
        copy.Objects.AddRange(candidate.Objects);
        return copy;
    }

    private List<PhraseMatch<EventCategory>> KeptTriggers(SentenceView view)
    {
        var kept = new List<PhraseMatch<EventCategory>>();
        var suppressing = false;
        foreach (var match in view.Triggers)
        {
            var category = match.Value;
            if (view.IsQuoted(view.Tokens[match.First].Start) || (suppressing && category.Bilateral))
            {
                continue;
            }

            var before = CueWords(view, match.First);
            var doubted = view.Tokens.Take(match.First).Any(t => lexicon.DoubtCues.Contains(t.Lower));
            if (doubted || before.Any(w => lexicon.NegationCues.Contains(w) || lexicon.HedgeCues.Contains(w)))
            {
                continue;
            }

            if (category.Plannable && IsPlanned(view, match, before))
            {
                continue;
            }

            suppressing |= category.SuppressesFollowing;
            kept.Add(match);
        }

        return kept;
    }

    /// <summary>"expected to hold talks", "to meet", "a joint statement will be released": not (yet) happened.</summary>
    private bool IsPlanned(SentenceView view, PhraseMatch<EventCategory> match, List<string> before)
    {
        var infinitive = match.First > 0 && view.Tokens[match.First - 1].Lower == "to";
        var after = view.Tokens.Skip(match.Last + 1).Take(2).Select(t => t.Lower);
        return infinitive || before.Any(lexicon.PlanningCues.Contains) || after.Any(w => w is "will" or "would" or "is" && lexicon.PlanningCues.Contains(w));
    }

    private static List<string> CueWords(SentenceView view, int first) =>
        view.Tokens.Skip(Math.Max(0, first - CueWindow)).Take(Math.Min(CueWindow, first)).Select(t => t.Lower).ToList();

    private IEnumerable<Actor> SidesOf(EventCandidate candidate, SentenceView view, IReadOnlyList<Actor> defaultSides)
    {
        // A tariff or sanction has one acting side; its target is a participant but not a side.
        var named = candidate.Category.Bilateral ? candidate.Subjects.Concat(candidate.Objects) : candidate.Subjects;
        var sides = named
            .Select(m => m.Actor.Kind == ActorKind.Country ? m.Actor : CountryOf(m.Actor))
            .OfType<Actor>()
            .DistinctBy(a => a.Id)
            .ToList();
        // Talks are between the article's two sides even when a sentence names one; an agreement when it says "both".
        var needsDefault = candidate.Category.Type == EventType.Talks
            || (candidate.Category.Type == EventType.Agreement && MentionsBothSides(view));
        if (candidate.Category.Bilateral && sides.Count < 2 && needsDefault)
        {
            sides.AddRange(defaultSides.Where(side => sides.All(s => s.Id != side.Id)));
        }

        return sides;
    }

    private Actor? CountryOf(Actor actor) => actor.Country is { } name ? gazetteer.Country(name) : null;

    private bool MentionsBothSides(SentenceView view) =>
        lexicon.SideCues.Any(cue => ContainsSequence(view.Tokens, cue));

    private static bool ContainsSequence(IReadOnlyList<Token> tokens, string[] words)
    {
        for (var i = 0; i + words.Length <= tokens.Count; i++)
        {
            var all = true;
            for (var w = 0; w < words.Length && all; w++)
            {
                all = tokens[i + w].Lower == words[w];
            }

            if (all)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A meeting needs two sides; a tariff, sanction or drill needs the one who acts.</summary>
    private static bool HasEnoughSides(EventCandidate candidate) =>
        candidate.Category.Bilateral
            ? candidate.Countries.Count() >= 2 || candidate.Persons.Count() >= 2
            : candidate.Subjects.Count > 0;

    /// <summary>The place named "in", "at" or "to" near the trigger, or right beside it ("the Geneva meeting").</summary>
    private static string? PlaceOf(SentenceView view, PhraseMatch<EventCategory> trigger)
    {
        var triggerStart = view.Tokens[trigger.First].Start;
        var triggerEnd = view.Tokens[trigger.Last].End;
        return view.Places
            .Select(p => (Place: p, Distance: SentenceDates.TokenDistance(view, p.Start, p.End, triggerStart, triggerEnd)))
            .Where(p => p.Distance <= 1
                || (p.Distance <= PlaceWindow && IsIntroducedAsPlace(view, p.Place.Start) && !CommaBetween(view, p.Place, triggerStart, triggerEnd)))
            .OrderBy(p => p.Distance)
            .Select(p => p.Place.Name)
            .FirstOrDefault();
    }

    private static bool CommaBetween(SentenceView view, PlaceMention place, int triggerStart, int triggerEnd)
    {
        var (from, to) = place.End <= triggerStart ? (place.End, triggerStart) : (triggerEnd, place.Start);
        return from < to && view.Sentence.Text.AsSpan(from - view.Sentence.Start, to - from).IndexOf(',') >= 0;
    }

    private static bool IsIntroducedAsPlace(SentenceView view, int start) =>
        Tokenizer.Before(view.Tokens, start).Lower is "in" or "at" or "to";

    private TenseCue TenseOf(SentenceView view, PhraseMatch<EventCategory> trigger)
    {
        var before = CueWords(view, trigger.First);
        before.Add(view.Tokens[trigger.First].Lower);
        if (before.Any(lexicon.PresentCues.Contains))
        {
            return TenseCue.Present;
        }

        if (before.Any(lexicon.RecentCues.Contains))
        {
            return TenseCue.Recent;
        }

        return before.Any(lexicon.BackgroundCues.Contains) ? TenseCue.Background : TenseCue.Past;
    }

    /// <summary>
    /// What is said or done inside a call or meeting reported in the same sentence ("during the call, Wang criticized
    /// the export curbs") is that call's content, not a separate event, unless the sentence gives it its own date.
    /// </summary>
    private static List<EventCandidate> DropContentOfBilateralEvents(List<EventCandidate> candidates)
    {
        var hasBilateral = candidates.Any(c => c.Category.Type is EventType.Call or EventType.Meeting && c.Standalone);
        return hasBilateral
            ? candidates.Where(c => !c.Category.Content || c.DateFromText).ToList()
            : candidates;
    }
}
