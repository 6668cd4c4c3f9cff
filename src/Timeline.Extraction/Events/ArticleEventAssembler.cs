using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events;

/// <summary>
/// Turns the sentences of one article into its events: detect per sentence, fold repeated reports together,
/// date what the sentences leave undated, drop what cannot stand as an event, and describe the rest.
/// </summary>
internal sealed class ArticleEventAssembler(TriggerLexicon lexicon, Gazetteer gazetteer)
{
    private const int ContentLookBack = 2;
    private const int DelegateLookAhead = 8;

    private readonly SentenceEventDetector _detector = new(lexicon, gazetteer);
    private readonly EventDescriber _describer = new();

    public IReadOnlyList<ExtractedEvent> Assemble(IReadOnlyList<SentenceView> views, DocumentDate documentDate)
    {
        var defaultSides = DefaultSides(views);
        var detected = views.SelectMany(view => _detector.Detect(view, defaultSides)).ToList();
        var merged = CandidateMerger.Merge(AbsorbContentIntoRecentEncounters(detected));
        foreach (var candidate in merged)
        {
            AddTradeDelegates(candidate, views);
            candidate.Date ??= DateFromFollowingSentence(candidate, views)
                ?? EventDating.DefaultDate(candidate.Tense, documentDate.Date);
        }

        // Again: trade delegates added above can make two reports of one set of talks nest where they did not.
        var events = CandidateMerger.Merge(merged);
        return events
            .Where(c => c.Standalone && c.Date is not null)
            .Where(c => !IsDelegationViewOfAnEncounter(c, events))
            .Where(c => !IsTripOfAnEncounter(c, merged))
            .Select(c => _describer.Describe(c))
            .ToList();
    }

    /// <summary>The two countries the article names most: the sides meant by "both sides" or "they agreed".</summary>
    private IReadOnlyList<Actor> DefaultSides(IReadOnlyList<SentenceView> views)
    {
        var counts = views.SelectMany(v => v.Actors)
            .Select(m => m.Actor.Kind == ActorKind.Country ? m.Actor : m.Actor.Country is { } c ? gazetteer.Country(c) : null)
            .OfType<Actor>()
            .GroupBy(a => a.Id)
            .OrderByDescending(g => g.Count())
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => g.First())
            .Take(2)
            .ToList();
        return counts.Count == 2 ? counts : [];
    }

    /// <summary>
    /// An accusation or statement, undated, by someone who met or called in the sentences just before, is what they
    /// said there: it becomes more evidence of that encounter.
    /// </summary>
    private static List<EventCandidate> AbsorbContentIntoRecentEncounters(List<EventCandidate> candidates)
    {
        var kept = new List<EventCandidate>();
        foreach (var candidate in candidates)
        {
            var encounter = candidate.Category.Content && !candidate.DateFromText
                ? kept.LastOrDefault(k => k.Category.Type is EventType.Call or EventType.Meeting or EventType.Talks
                    && candidate.FirstSentence - k.Sentences.Max() <= ContentLookBack
                    && candidate.Subjects.Count > 0
                    && candidate.Subjects.All(s => k.Persons.Any(p => p.Id == s.Actor.Id)))
                : null;
            if (encounter is null)
            {
                kept.Add(candidate);
            }
            else
            {
                encounter.Evidence.Add(candidate.Evidence[0]);
                encounter.Sentences.Add(candidate.FirstSentence);
            }
        }

        return kept;
    }

    /// <summary>
    /// Trade talks are held by delegations: officials with trade or finance titles named in or just after the
    /// sentences about the talks ("He Lifeng also attended") are participants.
    /// </summary>
    private void AddTradeDelegates(EventCandidate candidate, IReadOnlyList<SentenceView> views)
    {
        if (candidate.Category.Type != EventType.Talks)
        {
            return;
        }

        var window = candidate.Sentences
            .SelectMany(s => Enumerable.Range(s, DelegateLookAhead + 1))
            .Where(i => i < views.Count)
            .Distinct();
        var delegates = window.SelectMany(i => views[i].Actors)
            .Where(m => m.Actor.Kind == ActorKind.Person && IsNegotiator(m))
            .Where(m => candidate.Persons.All(p => p.Id != m.Actor.Id))
            .DistinctBy(m => m.Actor.Id)
            .ToList();
        candidate.Objects.AddRange(delegates);
        foreach (var side in delegates.Select(d => d.Actor.Country is { } c ? gazetteer.Country(c) : null).OfType<Actor>())
        {
            if (candidate.Sides.All(s => s.Id != side.Id))
            {
                candidate.Sides.Add(side);
            }
        }

        candidate.Standalone |= candidate.Countries.Count() >= 2;
    }

    private bool IsNegotiator(ActorMention mention)
    {
        var titles = mention.Title is { } title ? [title] : mention.Actor.Roles.Select(r => r.Title);
        return titles.Any(t => lexicon.NegotiatorTitles.Any(n => t.Contains(n, StringComparison.OrdinalIgnoreCase)));
    }

    /// <summary>
    /// "China announced it would halt cooperation. The eight measures, unveiled on Friday, include ...": a sentence
    /// that reports no event of its own but points back at this one (or names its people) and gives a date, dates it.
    /// </summary>
    private EventDate? DateFromFollowingSentence(EventCandidate candidate, IReadOnlyList<SentenceView> views)
    {
        var next = candidate.Sentences.Max() + 1;
        if (next >= views.Count || views[next].Dates.Count == 0)
        {
            return null;
        }

        var view = views[next];
        var firstTrigger = view.Triggers.Select(m => view.Tokens[m.First].Start).DefaultIfEmpty(int.MaxValue).First();
        if (view.Dates[0].Start > firstTrigger)
        {
            return null;
        }

        var pointsBack = view.Tokens.Take(4).Any(t => lexicon.AnaphoraNouns.Contains(t.Lower));
        var namesSomeone = view.Actors.Any(m => candidate.Persons.Any(p => p.Id == m.Actor.Id));
        return pointsBack || namesSomeone ? view.Dates[0].Date : null;
    }

    /// <summary>
    /// "The latest talks between the two countries on Monday" in an article about a call on Monday: talks naming
    /// nobody, on the very day of a call or meeting the article reports, are that call or meeting.
    /// </summary>
    private static bool IsDelegationViewOfAnEncounter(EventCandidate candidate, IReadOnlyList<EventCandidate> all) =>
        candidate.Category.Type == EventType.Talks
        && !candidate.Persons.Any()
        && candidate.Date is { Precision: DatePrecision.Day } day
        && all.Any(other => other.Standalone
            && other.Category.Type is EventType.Call or EventType.Meeting
            && other.Date == day);

    /// <summary>A visit by someone the article shows meeting or negotiating at that time is the same trip, not another event.</summary>
    private static bool IsTripOfAnEncounter(EventCandidate candidate, IReadOnlyList<EventCandidate> all) =>
        candidate.Category.Cameo == "042"
        && all.Any(other => other != candidate
            && other.Standalone
            && other.Category.Type is EventType.Meeting or EventType.Talks
            && candidate.Persons.Any()
            && candidate.Persons.All(p => other.Persons.Any(o => o.Id == p.Id))
            && (other.Date is null || candidate.Date is null || other.Date.CanBeSameEventAs(candidate.Date)));
}
