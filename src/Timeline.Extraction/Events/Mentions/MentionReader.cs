using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Triggers;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Mentions;

/// <summary>
/// Reads the event mentions of one sentence: its triggers, less those that are planned, hedged, denied, habitual or
/// quoted, each with its clause's participants, the date the sentence gives it, and the place.
/// </summary>
internal sealed class MentionReader(EventLexicon lexicon, EventGrammar grammar, Gazetteer gazetteer)
{
    /// <summary>How far before a noun a support verb ("held ... talks") or a place ("the Geneva talks") may stand.</summary>
    private const int SupportReach = 8;

    private const int PlaceReach = 12;

    /// <summary>How far after a statement verb the event it announces may be named.</summary>
    private const int AnnouncedReach = 12;

    /// <summary>How far before a relative clause ("... that Beijing announced") the event it attaches to may be named.</summary>
    private const int RelativeReach = 8;

    private readonly ParticipantFinder _participants = new(grammar, gazetteer);

    public IReadOnlyList<EventMention> Read(SentenceFacts facts)
    {
        var triggers = TriggerFinder.Find(facts, lexicon)
            .Select(t => (Trigger: t, Clause: Clauses.Around(facts, t.First, t.End)))
            .Select(t => (t.Trigger, t.Clause, Factuality: FactualityJudge.Judge(facts, t.Trigger, t.Clause)))
            .ToList();
        triggers = triggers.Where(t => !AnnouncesAnother(t.Trigger, t.Clause, facts, triggers)).ToList();
        var dates = MentionDating.Assign(facts, triggers);
        var mentions = new List<EventMention>();
        for (var i = 0; i < triggers.Count; i++)
        {
            var (trigger, clause, factuality) = triggers[i];
            if (factuality is not (Factuality.Reported or Factuality.Announced) || RespondsWithAnAct(trigger, clause, facts, triggers))
            {
                continue;
            }

            // "Wang criticized the export curbs": an act named as what someone speaks of is the act told elsewhere.
            // "China hits back with export controls": the act a response is made with is done, not spoken of.
            var spokenOf = trigger.IsNoun && trigger.Kind.Shape == EventShape.Act && !IsMeansOfResponse(facts, trigger)
                && triggers.Any(t => t.Trigger.Kind.Shape == EventShape.Declaration && t.Trigger.End <= trigger.First && clause.Contains(t.Trigger.First));
            var participants = _participants.Find(facts, trigger, clause, spokenOf);
            var date = factuality == Factuality.Announced ? AnnouncementDate(facts, trigger) ?? dates[i] : dates[i];
            var asserted = !spokenOf && IsAsserted(facts, trigger, clause, participants, date);
            var opener = Clauses.OpenerOf(facts, clause);
            mentions.Add(new EventMention(
                trigger,
                facts,
                factuality,
                participants,
                date,
                PlaceOf(facts, trigger, clause),
                asserted,
                opener,
                opener is not null && grammar.BackgroundOpeners.Contains(opener),
                Since(facts, trigger, clause)));
        }

        return WithRelativeAnchors(facts, ActsForTheirAnnouncements(mentions));
    }

    /// <summary>
    /// "Trump announced on Friday that he will impose 100% tariffs", "China hits back at US tariffs with export
    /// controls", "Trump signed an executive order that will extend the tariff suspension": the words or the instrument
    /// that carry an act of the same side, told before it in the same sentence, are that act. One event, dated by
    /// the announcement when the act itself is not, or is only announced ("announced on Monday that it will add a 10
    /// percent tariff to the 10 percent imposed in February": Monday).
    /// </summary>
    private static List<EventMention> ActsForTheirAnnouncements(List<EventMention> mentions) =>
        mentions
            .Where(m => !mentions.Any(act => Carries(m, act)))
            .Select(m => (m.Date is null || m.Factuality == Factuality.Announced)
                && mentions.FirstOrDefault(carrier => Carries(carrier, m)) is { Date: { } date } ? m with { Date = date } : m)
            .ToList();

    private static bool Carries(EventMention carrier, EventMention act)
    {
        if (carrier.Kind.Shape != EventShape.Declaration && carrier.Kind.Name != "legislation"
            || act.Kind.Shape != EventShape.Act || act.Kind.Name == "legislation"
            || !act.Asserted || carrier.InBackgroundClause || act.Trigger.First <= carrier.Trigger.First)
        {
            return false;
        }

        var carrierSide = SideOfAgents(carrier);
        var actSide = SideOfAgents(act);
        return carrierSide is not null && (actSide is null || actSide == carrierSide);
    }

    private static string? SideOfAgents(EventMention mention) =>
        mention.Participants.Agents.Select(a => a.Actor.Kind == ActorKind.Country ? a.Actor.Name : a.Actor.Country).OfType<string>().FirstOrDefault();


    /// <summary>
    /// "They met on the sidelines ..., a day after Trump and Xi reached a truce": a mention in a clause opened by "after"
    /// or "before", behind a span of time, is dated from the mention of the main clause before it.
    /// </summary>
    private static List<EventMention> WithRelativeAnchors(SentenceFacts facts, List<EventMention> mentions)
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Date is not null || mention.Opener is not ("after" or "before" or "following"))
            {
                continue;
            }

            var clause = Clauses.Around(facts, mention.Trigger.First, mention.Trigger.End);
            var anchor = mentions.Take(i).LastOrDefault(m => m.Opener is null && m.Trigger.End <= clause.First);
            if (anchor is not null && RelativeSpan.Before(facts, clause.First - 1) is { } span)
            {
                mentions[i] = mention with { RelativeTo = new RelativeAnchor(anchor, span.Days, span.Vague) };
            }
        }

        return mentions;
    }

    /// <summary>How far before an act noun its "with" may stand ("with new retaliatory tariffs").</summary>
    private const int MeansReach = 3;

    private static bool IsMeansOfResponse(SentenceFacts facts, Trigger trigger)
    {
        for (var t = trigger.First - 1; t >= 0 && trigger.First - t <= MeansReach; t--)
        {
            if (facts.Key(t) == "with")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The words of a response made with something ("hit back with", "retaliated with", "responded with").</summary>
    private static readonly HashSet<string> ResponseWords = new(StringComparer.Ordinal)
    {
        "back", "retaliate", "retaliated", "retaliates", "retaliating", "respond", "responded", "responds", "responding", "countered", "counters", "struck",
    };

    /// <summary>"China hit back with export controls": the response named before the "with" of an act noun.</summary>
    private static bool RespondsBefore(SentenceFacts facts, Trigger trigger)
    {
        for (var t = trigger.First - 1; t >= 0 && trigger.First - t <= MeansReach + 3; t--)
        {
            if (ResponseWords.Contains(facts.Key(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"China hit back with tariffs on American pork": the hitting back is the act it was made with, not a remark.</summary>
    private static bool RespondsWithAnAct(
        Trigger trigger, TokenRange clause, SentenceFacts facts, List<(Trigger Trigger, TokenRange Clause, Factuality Factuality)> triggers) =>
        trigger.Kind.Shape == EventShape.Declaration
        && triggers.Any(other => other.Trigger.Kind.Shape == EventShape.Act && other.Trigger.IsNoun
            && other.Trigger.First > trigger.First && clause.Contains(other.Trigger.First)
            && IsMeansOfResponse(facts, other.Trigger) && RespondsBefore(facts, other.Trigger));

    /// <summary>
    /// A statement that goes on to name another event ("announced new tariffs", "announced on Friday that firms will
    /// face sanctions"), or that a relative clause attaches to one ("limits on exports that Beijing announced"), is the
    /// announcement of that event, not an event of its own.
    /// </summary>
    private static bool AnnouncesAnother(
        Trigger trigger, TokenRange clause, SentenceFacts facts, List<(Trigger Trigger, TokenRange Clause, Factuality Factuality)> triggers)
    {
        // "The ministry said the sanctions were imposed in reaction to a serious violation": a remark that reports an act
        // (a verb, or a noun a support verb asserts) is that act's report.
        if (trigger.Kind.LeadOnly)
        {
            return triggers.Any(other => !other.Trigger.Kind.LeadOnly && other.Trigger.Kind.Shape != EventShape.Declaration
                && other.Factuality is Factuality.Reported or Factuality.Announced
                && (other.Trigger.IsVerb || HasSupportVerb(facts, other.Trigger, other.Clause)));
        }

        if (trigger.Kind.Type != EventType.Statement)
        {
            return false;
        }

        var relative = Clauses.OpenerOf(facts, clause) is "that" or "which";
        return triggers.Any(other => other.Trigger.Kind.Type != EventType.Statement
            && other.Factuality is Factuality.Reported or Factuality.Announced
            && ((other.Trigger.First >= trigger.End && other.Trigger.First - trigger.End <= AnnouncedReach)
                || (relative && other.Trigger.End <= clause.First && clause.First - other.Trigger.End <= RelativeReach)));
    }

    private static bool HasSupportVerb(SentenceFacts facts, Trigger trigger, TokenRange clause)
    {
        for (var t = clause.First; t < clause.End; t++)
        {
            if ((t < trigger.First || t >= trigger.End) && trigger.Kind.SupportVerbs.Contains(facts.Tokens[t].Key))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A verb asserts its event unless it is a bare present outside a headline ("China opposes ..."); a noun does when
    /// a support verb governs it ("held talks"), a date or a side is written with it, or it stands in the headline or lead.
    /// </summary>
    private bool IsAsserted(SentenceFacts facts, Trigger trigger, TokenRange clause, MentionParticipants participants, DateSpan? date)
    {
        if (date is not null || facts.IsHeadline || (trigger.Kind.Shape == EventShape.Act && IsMeansOfResponse(facts, trigger) && RespondsBefore(facts, trigger)))
        {
            return true;
        }

        // "prompted Blinken to postpone his visit", "forced the postponement of the trip": what a past decision or cause
        // brought about happened.
        if (IsBroughtAbout(facts, trigger, clause))
        {
            return true;
        }

        if (trigger.IsVerb)
        {
            return trigger.Form is not (LexicalForm.ThirdSingular or LexicalForm.Base) && !IsAttributive(facts, trigger)
                || facts.IsLead || HasAuxiliary(facts, trigger);
        }

        var from = Math.Max(clause.First, trigger.First - SupportReach);
        for (var t = from; t < trigger.First; t++)
        {
            if (trigger.Kind.SupportVerbs.Contains(facts.Tokens[t].Key))
            {
                return true;
            }
        }

        var namedWith = participants.Others.Any(a => a.First - trigger.End <= 4 && PrepositionBefore(facts, a.First) is "with" or "between" or "on" or "against" or "by");
        var possessed = participants.Agents.Any(a => a.End == trigger.First || (a.End == trigger.First - 1 && facts.Key(a.End) == "'s"));
        // In the lead a noun reports its event ("a phone conversation with ..."), unless it only refers back ("the deal")
        // or speaks of such things in general (a bare plural: "arms sales to Taiwan").
        var referential = facts.Key(trigger.First - 1) is "the" or "this" or "that" or "these" or "those";
        var general = trigger.First == 0 || !facts.Cues.Any(c => c.Cue == Cue.Determiner && c.End <= trigger.First && c.End >= trigger.First - 3);
        return namedWith || possessed || (facts.IsLead && !referential && !general);
    }

    /// <summary>The word before an actor's name past its title ("between American President Joe Biden": "between").</summary>
    private static string PrepositionBefore(SentenceFacts facts, int first)
    {
        var t = first - 1;
        while (t >= 0 && first - t <= 4 && (facts.Tokens[t].StartsUpper || facts.Key(t) is "the" or "'s" or "."))
        {
            t--;
        }

        return facts.Key(t);
    }

    /// <summary>
    /// "The White House announced on Monday that it will add a 10 percent tariff ... to the 10 percent imposed in
    /// February": a measure only announced happened, as news, on the day of its announcement.
    /// </summary>
    private static DateSpan? AnnouncementDate(SentenceFacts facts, Trigger trigger) =>
        facts.Dates
            .Where(d => d.End <= trigger.First && facts.Cues.Any(c => c.Cue == Cue.Reporting && c.End <= d.First && d.First - c.End <= 1))
            .Cast<DateSpan?>()
            .LastOrDefault();

    /// <summary>How far before the words it brings about a past cause or decision stands ("prompted US Secretary of State Blinken to").</summary>
    private const int CauseReach = 8;

    private static bool IsBroughtAbout(SentenceFacts facts, Trigger trigger, TokenRange clause)
    {
        var infinitive = trigger.Form == LexicalForm.Base && facts.Key(trigger.First - 1) == "to";
        var governedNoun = trigger.IsNoun && facts.Key(trigger.First - 1) is "the" or "a";
        return (infinitive || governedNoun)
            && facts.CuesIn(Cue.Factive, Math.Max(clause.First, trigger.First - CauseReach), trigger.First)
                .Any(c => facts.Key(c.First).EndsWith("ed", StringComparison.Ordinal) || facts.Key(c.First) is "led" or "began" or "begun" or "went");
    }

    /// <summary>"The sanctioned companies include Boeing": a participle after a determiner describes what an event told before did.</summary>
    private static bool IsAttributive(SentenceFacts facts, Trigger trigger) =>
        trigger.Form == LexicalForm.PastOrParticiple
        && facts.Key(trigger.First - 1) is "the" or "these" or "those" or "this" or "that" or "its" or "their" or "a" or "an";

    /// <summary>"has met", "did meet", "is meeting": an auxiliary makes a present form report an event.</summary>
    private static bool HasAuxiliary(SentenceFacts facts, Trigger trigger) =>
        facts.Key(trigger.First - 1) is "has" or "have" or "had" or "did" or "was" or "were" or "been" or "is" or "are";

    /// <summary>
    /// "the first call since February", "their first in-person talks since October", "the call, their first since
    /// November": the date of the one before.
    /// </summary>
    private static DateSpan? Since(SentenceFacts facts, Trigger trigger, TokenRange clause)
    {
        var first = Enumerable.Range(Math.Max(0, trigger.First - 4), Math.Min(4, trigger.First)).Any(t => facts.Key(t) == "first")
            || (facts.Key(trigger.End) == "," && Enumerable.Range(trigger.End + 1, 2).Any(t => facts.Key(t) == "first"));
        if (!first)
        {
            return null;
        }

        // The date may start at "since" itself ("since February" is one expression) or right after it.
        return facts.Dates
            .Where(d => d.First >= trigger.End && d.First - trigger.End <= SupportReach && (facts.Key(d.First) == "since" || facts.Key(d.First - 1) == "since"))
            .Cast<DateSpan?>()
            .FirstOrDefault();
    }

    /// <summary>The place named "in", "at" or "to" within the clause, or right before the trigger ("the Geneva talks").</summary>
    private static string? PlaceOf(SentenceFacts facts, Trigger trigger, TokenRange clause)
    {
        return facts.Places
            .Where(p => clause.Covers(p.First, p.End))
            .Select(p => (p.Name, Distance: p.End <= trigger.First ? trigger.First - p.End : p.First - trigger.End, Introduced: facts.Key(p.First - 1) is "in" or "at" or "to" || (facts.Key(p.First - 1) == "the" && facts.Key(p.First - 2) is "in" or "at")))
            .Where(p => p.Distance <= 1 || (p.Introduced && p.Distance <= PlaceReach))
            .OrderBy(p => p.Distance)
            .Select(p => p.Name)
            .FirstOrDefault();
    }
}
