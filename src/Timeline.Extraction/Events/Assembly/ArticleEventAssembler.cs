using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Mentions;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Assembly;

/// <summary>
/// Turns the sentences of one article into its events: read the mentions, fold the reports of one event together,
/// date each event (the date the text writes for it; else the document date for the headline and lead; else the
/// document's year), name unnamed counterparts, and keep what stands on its own on a US–China timeline.
/// </summary>
internal sealed class ArticleEventAssembler(EventLexicon lexicon, EventGrammar grammar, Gazetteer gazetteer)
{
    private readonly MentionReader _reader = new(lexicon, grammar, gazetteer);
    private readonly Counterparts _counterparts = new(grammar, gazetteer);
    private readonly Relevance _relevance = new(gazetteer);
    private readonly EventDescriber _describer = new(gazetteer);
    private readonly KnowledgeLinker _knowledge = new(KnownEvents.Default, gazetteer);

    /// <summary>
    /// The widely reported event an article not dated to the day leads with ("China placed export restrictions on
    /// rare earths on April 4", in an article with no date): its day is the day the article speaks from. Only the
    /// article's first reported act or encounter counts (what is said about it is told with it): what the lead recalls
    /// beside it is the news's background.
    /// </summary>
    /// <param name="dayGuessed">The article's day was inferred, not given: its written days may carry a wrong year, and
    /// only a known event whose day the text writes can correct it.</param>
    public KnownEvent? LeadKnownEvent(IReadOnlyList<SentenceFacts> sentences, DateWindows possible, bool dayGuessed)
    {
        var news = Coreference.Fold(sentences.Where(s => s.IsHeadline || s.IsLead).SelectMany(_reader.Read), lexicon.Kind("meeting"))
            .Where(d => d.InHeadlineOrLead && d.Mentions.Any(m => m.Asserted) && d.Kind.Shape != EventShape.Declaration)
            .MinBy(d => d.First.Sentence);
        if (news is null || (!dayGuessed && news.WrittenDate is { Precision: DatePrecision.Day })
            || _knowledge.FindAround(news, possible, mustWriteItsDay: dayGuessed) is not { Date.Precision: DatePrecision.Day } known)
        {
            return null;
        }

        // A known event with people is one the article names one of them in.
        var named = sentences.SelectMany(s => s.Actors).Select(a => a.Actor.Id).ToHashSet(StringComparer.Ordinal);
        return known.Participants.Count == 0 || known.Participants.Any(named.Contains) ? known : null;
    }

    /// <param name="cancellationToken">Checked for every sentence read and every event assembled.</param>
    public IReadOnlyList<ExtractedEvent> Assemble(IReadOnlyList<SentenceFacts> sentences, DocumentDate documentDate, CancellationToken cancellationToken = default)
    {
        var drafts = Coreference.Fold(sentences.SelectMany(_reader.Read), lexicon.Kind("meeting"), cancellationToken);
        AddDelegates(drafts, sentences, documentDate.Date);
        drafts = AbsorbWhatWasSaidAtEncounters(drafts);
        AddListedTargets(drafts, sentences);
        AddPartiesOfEarlierEncounters(drafts);
        DateEncountersOfRemarks(drafts, sentences);
        drafts.AddRange(EarlierEvents(drafts));
        var articleSides = sentences.SelectMany(s => s.Actors).Select(a => Coreference.SideOf(a.Actor)).OfType<string>().ToHashSet();
        var events = new List<ExtractedEvent>();
        for (var d = 0; d < drafts.Count; d++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var draft = drafts[d];
            if (!Date(draft, documentDate.Date, Before(drafts, d)))
            {
                continue;
            }

            _counterparts.Resolve(draft, draft.Date!);
            var sides = Sides(draft, articleSides);
            var agentSide = AgentSide(draft, sides);
            if (_relevance.Keep(draft, sides, agentSide))
            {
                events.Add(_describer.Describe(draft, sides));
            }
        }

        return events;
    }

    /// <summary>
    /// The events before the one at <paramref name="index"/>, in order, that began within reach of it: those a later
    /// report can be told against. Bounded so that a very long text is assembled in linear time.
    /// </summary>
    private static List<EventDraft> Before(List<EventDraft> drafts, int index)
    {
        var from = index;
        while (from > 0 && drafts[index].First.Sentence - drafts[from - 1].First.Sentence <= Coreference.Reach)
        {
            from--;
        }

        return drafts.GetRange(from, index - from);
    }

    /// <summary>
    /// "During the call, Wang criticized the export curbs": what a participant of a call or meeting says within two
    /// sentences of it, on no other day, is what was said there, not another event.
    /// </summary>
    private const int ContentReach = 2;

    private static List<EventDraft> AbsorbWhatWasSaidAtEncounters(List<EventDraft> drafts)
    {
        var encountersBySentence = drafts.Where(d => d.Kind.IsEncounter && d.Family == "encounter")
            .SelectMany(d => d.Mentions.Select(m => (m.Sentence, Draft: d)))
            .ToLookup(p => p.Sentence, p => p.Draft);
        var kept = new List<EventDraft>();
        foreach (var draft in drafts)
        {
            var encounter = draft.Kind.Shape == EventShape.Declaration
                ? Enumerable.Range(draft.First.Sentence - ContentReach, (2 * ContentReach) + 1)
                    .SelectMany(sentence => encountersBySentence[sentence])
                    .Distinct()
                    .Where(e => e.Mentions.Any(m => SaidThere(draft.First, m))
                        && (draft.WrittenDate is null || e.WrittenDate is null || draft.WrittenDate.CanBeSameEventAs(e.WrittenDate))
                        && draft.Agents.Any()
                        && draft.Agents.All(a => TakesPart(a.Actor, e)))
                    .OrderBy(e => e.Mentions.Min(m => Math.Abs(draft.First.Sentence - m.Sentence)))
                    .FirstOrDefault()
                : null;
            if (encounter is null)
            {
                kept.Add(draft);
            }
            else
            {
                encounter.Content.AddRange(draft.Mentions);
            }
        }

        return kept;
    }

    /// <summary>
    /// A declaration in the sentence of an encounter, or in the two after it, or before it when it is addressed to the
    /// counterpart ("Wang Yi told his U.S. counterpart that ...", then "in a Monday phone call").
    /// </summary>
    private static bool SaidThere(EventMention declaration, EventMention encounter)
    {
        var after = declaration.Sentence - encounter.Sentence;
        return after is >= 0 and <= ContentReach
            || (after is < 0 and >= -ContentReach && declaration.Facts.HasCue(Cue.Counterpart, declaration.Trigger.End, declaration.Facts.Tokens.Count));
    }

    /// <summary>A person who met or called, or the side ("the U.S. side") of one who did.</summary>
    private static bool TakesPart(Actor actor, EventDraft encounter) =>
        actor.Kind == ActorKind.Person
            ? encounter.Persons.Any(p => p.Id == actor.Id)
            : encounter.Persons.Any(p => p.Country == Coreference.SideOf(actor)) || encounter.Agents.Concat(encounter.Others).Any(a => a.Actor.Id == actor.Id);

    private const int ListReach = 3;

    private const int ListNounReach = 6;

    /// <summary>
    /// "The list of seven US individuals and entity include former US Secretary of Commerce Wilbur Louis Ross; ...":
    /// a sentence that reports no event and lists, under a noun such as "list", "companies" or "individuals", who is
    /// included, names the targets of the act told just before it.
    /// </summary>
    private static void AddListedTargets(List<EventDraft> drafts, IReadOnlyList<SentenceFacts> sentences)
    {
        var actsByLastSentence = drafts.Where(d => d.Kind.Shape == EventShape.Act).ToLookup(d => d.LastSentence);
        foreach (var facts in sentences.Where(IsList))
        {
            var act = Enumerable.Range(facts.Index - ListReach, ListReach)
                .SelectMany(sentence => actsByLastSentence[sentence])
                .OrderByDescending(d => d.LastSentence)
                .FirstOrDefault();
            act?.Listed.AddRange(facts.Actors.Where(a => a.Actor.Kind is ActorKind.Person or ActorKind.Organization));
        }
    }

    private static bool IsList(SentenceFacts facts) =>
        facts.Cues.Any(c => c.Cue == Cue.Include)
        && facts.Cues.Any(c => c.Cue == Cue.ListNoun && c.First < ListNounReach);

    private const int DelegateReach = 10;

    /// <summary>
    /// Talks are held by delegations: officials who speak or take part ("Bessent said Sunday there was progress",
    /// "He Lifeng also attended") in the sentences after talks that name too few people are their participants.
    /// </summary>
    private static void AddDelegates(List<EventDraft> drafts, IReadOnlyList<SentenceFacts> sentences, EventDate? documentDate)
    {
        foreach (var draft in drafts.Where(d => d.Kind.Type == EventType.Talks && d.Persons.Count() < 2))
        {
            AddDelegates(draft, sentences, draft.WrittenDate ?? documentDate);
        }
    }

    private static void AddDelegates(EventDraft draft, IReadOnlyList<SentenceFacts> sentences, EventDate? date)
    {
        var from = draft.First.Sentence;
        for (var s = from; s < sentences.Count && s <= from + DelegateReach; s++)
        {
            var facts = sentences[s];
            foreach (var cue in facts.Cues.Where(c => c.Cue is Cue.Reporting or Cue.Participation))
            {
                var official = facts.Actors
                    .Where(a => a.Actor.Kind == ActorKind.Person && (a.End == cue.First || a.End == cue.First - 1 || a.First == cue.End))
                    .Select(a => a.Actor)
                    .FirstOrDefault(p => p.Roles.Any(r => date is null || r.HeldOn(date.Earliest) || r.HeldOn(date.Latest)));
                if (official is not null && draft.Persons.All(p => p.Id != official.Id))
                {
                    draft.AddedPersons.Add(official);
                }
            }
        }
    }

    /// <summary>
    /// "The meeting, following a September teleconference, ...": an encounter told at a time of its own, naming no one,
    /// as what another encounter of the sentence followed is an earlier encounter of the same people ("met after
    /// attending a G20 summit" that day is not).
    /// </summary>
    private static void AddPartiesOfEarlierEncounters(List<EventDraft> drafts)
    {
        var encounters = drafts.Where(d => d.Kind.IsEncounter && d.Family == "encounter").ToList();
        foreach (var draft in encounters.Where(d => !d.Persons.Any() && !d.Agents.Any() && d.WrittenDate is not null && d.Mentions.All(m => m.InBackgroundClause)))
        {
            var main = encounters.FirstOrDefault(e => e != draft && e.Persons.Any()
                && e.Mentions.Any(m => m.Sentence == draft.First.Sentence && !m.InBackgroundClause)
                && (e.WrittenDate is null || !e.WrittenDate.CanBeSameEventAs(draft.WrittenDate!)));
            draft.AddedPersons.AddRange(main?.Persons ?? []);
        }
    }

    private static readonly HashSet<string> RemarkNouns = new(StringComparer.Ordinal) { "remarks", "comments", "statement", "remark" };

    /// <summary>
    /// "Han Zheng stated on Sunday that ... Han made the remarks during a meeting with Vance": an encounter at which the
    /// remarks just told were made is on the day they were dated.
    /// </summary>
    private static void DateEncountersOfRemarks(List<EventDraft> drafts, IReadOnlyList<SentenceFacts> sentences)
    {
        foreach (var draft in drafts.Where(d => d.Kind.IsEncounter && d.WrittenDate is null && d.First.Sentence > 0))
        {
            var first = draft.First;
            var madeThem = Enumerable.Range(0, first.Trigger.First)
                .Any(t => RemarkNouns.Contains(first.Facts.Key(t)) && first.Facts.Key(t - 1) == "the");
            var told = sentences[first.Sentence - 1].Dates.Where(d => d.Date.Precision == DatePrecision.Day).Cast<DateSpan?>().LastOrDefault();
            if (madeThem && told is { } date)
            {
                draft.Mentions[0] = first with { Date = date };
            }
        }
    }

    /// <summary>"Their first call since February": the February call, with the same people.</summary>
    private IEnumerable<EventDraft> EarlierEvents(List<EventDraft> drafts)
    {
        foreach (var draft in drafts.ToList())
        {
            foreach (var mention in draft.Mentions.Where(m => m.Since is not null).DistinctBy(m => m.Since!.Value.Date))
            {
                var earlier = new EventDraft(mention with { Date = mention.Since, Since = null }, lexicon.Kind("meeting"));
                earlier.AddedPersons.AddRange(draft.Persons);
                yield return earlier;
            }
        }
    }

    /// <summary>
    /// The date the text writes for the event, if it is not after the article; else the document date for what the
    /// headline or lead reports; else, for an event told as following the one just before ("China later protested"),
    /// that one's date. False when nothing dates it.
    /// </summary>
    private bool Date(EventDraft draft, EventDate? documentDate, IEnumerable<EventDraft> earlier)
    {
        if (draft.WrittenDate is { } written && (documentDate is null || written.Earliest <= documentDate.Latest))
        {
            draft.Date = FirstDay(draft, written);
            draft.DateFromText = true;
            if (_knowledge.Refine(draft, written) is { } refined)
            {
                Link(draft, refined);
            }

            return true;
        }

        if (documentDate is null)
        {
            return false;
        }

        // What the text leaves undated is dated by the widely reported event it names, if it names one; else the lead's
        // event by the document date; background named without a date ("the balloon that was shot down") is dropped.
        if (_knowledge.Find(draft, documentDate, draft.InHeadlineOrLead) is { } known)
        {
            Link(draft, known);
            return true;
        }

        draft.Date = OutcomeOf(draft, earlier) ?? (draft.InHeadlineOrLead ? documentDate : Continued(draft, earlier) ?? Relative(draft, earlier));
        return draft.Date is not null;
    }

    private const int OutcomeReach = 3;

    /// <summary>
    /// "Biden's summit with Xi on Wednesday led to progress ... Xi agreed to curb fentanyl": an agreement told without a
    /// date just after an encounter of the same people is what they agreed there, on its day and between its people.
    /// </summary>
    private static EventDate? OutcomeOf(EventDraft draft, IEnumerable<EventDraft> earlier)
    {
        if (draft.Kind.Type != EventType.Agreement)
        {
            return null;
        }

        var sides = draft.Persons.Select(p => p.Country).Concat(draft.Agents.Select(a => Coreference.SideOf(a.Actor))).OfType<string>().ToHashSet();
        var encounter = earlier
            .Where(e => e.Family == "encounter" && e.Date is not null
                && e.Mentions.Any(m => draft.First.Sentence - m.Sentence is >= 0 and <= OutcomeReach))
            .Where(e => sides.Count > 0 && e.Persons.Select(p => p.Country).OfType<string>().ToHashSet().IsSupersetOf(sides)
                && draft.Persons.All(p => e.Persons.Any(met => met.Id == p.Id)))
            .FirstOrDefault();
        if (encounter is null)
        {
            return null;
        }

        draft.AddedPersons.AddRange(encounter.Persons.Where(p => draft.Persons.All(named => named.Id != p.Id)));
        return encounter.Date;
    }

    /// <summary>
    /// Dates the report by the known event, and names its people when the report leaves a side unnamed ("the two
    /// leaders met in Busan"); a report that names both sides keeps its own people, since a visit's known people may
    /// have met on different days ("Blinken met Xi" is not his talks with Qin Gang the day before).
    /// </summary>
    private void Link(EventDraft draft, KnownEvent known)
    {
        draft.Date = known.Date;
        if (draft.Persons.Select(p => p.Country).Distinct().Count() < 2)
        {
            draft.AddedPersons.AddRange(_knowledge.PeopleOf(known).Where(p => draft.Persons.All(named => named.Id != p.Id)));
        }
    }

    /// <summary>
    /// "Two days of talks in Geneva wrapped up on Sunday": an encounter of several days, dated by the day it ended, is
    /// dated by the day it began.
    /// </summary>
    private static EventDate FirstDay(EventDraft draft, EventDate written)
    {
        if (!draft.Kind.IsEncounter || written.Precision != DatePrecision.Day
            || !draft.Mentions.Any(m => m.Date is not null && m.Facts.Cues.Any(c => c.Cue == Cue.EndVerb)))
        {
            return written;
        }

        var days = draft.Mentions.SelectMany(m => m.Facts.Tokens.Zip(m.Facts.Tokens.Skip(1)))
            .Select(pair => pair.Second.Key is "days" or "day" && DateWords.Instance.Numbers.TryGetValue(pair.First.Key, out var n) ? n
                : pair.First.Key.EndsWith("-day", StringComparison.Ordinal) && DateWords.Instance.Numbers.TryGetValue(pair.First.Key[..^4], out var m2) ? m2
                : 0)
            .Where(n => n is > 1 and <= 7)
            .DefaultIfEmpty(1)
            .Max();
        return EventDate.Day(written.Earliest.AddDays(1 - days));
    }

    /// <summary>"A day after Trump and Xi reached a truce": the day before the event it is told against, when that is dated to the day.</summary>
    private static EventDate? Relative(EventDraft draft, IEnumerable<EventDraft> earlier)
    {
        var relative = draft.Mentions.Select(m => m.RelativeTo).FirstOrDefault(r => r is not null);
        var anchorDate = relative is null ? null : earlier.FirstOrDefault(e => e.Mentions.Contains(relative.Anchor))?.Date;
        if (relative is null || anchorDate is not { Precision: DatePrecision.Day })
        {
            return null;
        }

        var day = anchorDate.Earliest;
        return relative.Vague
            ? EventDate.Covering(day.AddDays(-relative.Days), day.AddDays(-Math.Sign(relative.Days)))
            : EventDate.Day(day.AddDays(-relative.Days));
    }

    private const int ContinuationReach = 2;

    private static EventDate? Continued(EventDraft draft, IEnumerable<EventDraft> earlier)
    {
        var mention = draft.First;
        if (!mention.Facts.HasCue(Cue.Continuation, 0, mention.Trigger.First))
        {
            return null;
        }

        // The event just told: reported in the sentences right before, however often the text comes back to it later.
        int? LastBefore(EventDraft e) =>
            e.Mentions.Where(m => mention.Sentence - m.Sentence is >= 0 and <= ContinuationReach).Select(m => (int?)m.Sentence).Max();
        return earlier.Where(e => e.Date is not null && LastBefore(e) is not null)
            .OrderByDescending(LastBefore)
            .Select(e => e.Date)
            .FirstOrDefault();
    }

    /// <summary>
    /// The countries taking part: those named as sides, and those of the people and organizations named. Talks or an
    /// agreement told without their sides ("last month's trade talks in Geneva", "the May truce") in an article about
    /// the United States and China are between those two.
    /// </summary>
    private IReadOnlyCollection<string> Sides(EventDraft draft, IReadOnlySet<string> articleSides)
    {
        var actors = draft.Agents.Concat(draft.Others).Select(a => a.Actor).Concat(draft.AddedPersons);
        var sides = actors.Select(Coreference.SideOf).OfType<string>().Where(c => gazetteer.Country(c) is not null).ToHashSet();
        var unnamed = draft.Kind.Type is EventType.Talks or EventType.Agreement && !draft.Persons.Any() && sides.IsSubsetOf(Relevance.Principals);
        if (unnamed && Relevance.Principals.IsSubsetOf(articleSides))
        {
            sides.UnionWith(Relevance.Principals);
        }

        return sides;
    }

    /// <summary>The side that acts; for an act with no named actor, the other principal of the one it targets.</summary>
    private static string? AgentSide(EventDraft draft, IReadOnlyCollection<string> sides)
    {
        var named = draft.Agents.Select(a => Coreference.SideOf(a.Actor)).OfType<string>().FirstOrDefault();
        if (named is not null || draft.Agents.Any() || draft.Kind.Shape != EventShape.Act)
        {
            return named ?? (draft.Kind.Shape == EventShape.Movement ? draft.Persons.Select(p => p.Country).FirstOrDefault() : null);
        }

        return sides.Contains("China") && !sides.Contains("United States") ? "United States"
            : sides.Contains("United States") && !sides.Contains("China") ? "China"
            : null;
    }
}
