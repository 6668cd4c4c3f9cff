using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Events.Triggers;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Mentions;

/// <summary>
/// Reads who takes part in the event a trigger reports, from the actors named in its clause and the words that
/// introduce them: the subject acts ("China imposed ..."), a modifier right before a noun acts ("U.S. tariffs",
/// "Pelosi's visit"), "by" names the actor of a passive, targets follow "on", "against", "to"; people who meet are
/// everyone named in the clause.
/// </summary>
internal sealed class ParticipantFinder(EventGrammar grammar, Gazetteer gazetteer)
{
    /// <summary>How many words (adjectives, numbers, a date) may stand between a modifier and the noun it modifies.</summary>
    private const int ModifierReach = 4;

    private static readonly HashSet<string> Prepositions = new(StringComparer.Ordinal)
    {
        "of", "on", "to", "for", "with", "from", "in", "at", "against", "about", "over", "under", "into", "by", "between", "toward", "towards", "upon", "across", "near", "including",
    };

    /// <param name="spokenOf">The trigger names an act someone speaks of: whoever speaks is not who acted.</param>
    public MentionParticipants Find(SentenceFacts facts, Trigger trigger, TokenRange clause, bool spokenOf = false)
    {
        var actors = facts.Actors.Where(a => clause.Covers(a.First, a.End) && (a.End <= trigger.First || a.First >= trigger.End)).ToList();
        return trigger.Kind.Shape switch
        {
            EventShape.Encounter => Encounter(facts, trigger, clause, actors),
            // Who swears an ambassador in may be named past the clause ("..., according to Wendy Sherman, who ...").
            EventShape.Personnel => Personnel(facts, trigger, facts.Actors.Where(a => a.End <= trigger.First || a.First >= trigger.End).ToList()),
            EventShape.Movement => Movement(facts, trigger, clause, actors),
            EventShape.Declaration => Declaration(facts, trigger, clause, actors),
            _ => Act(facts, trigger, clause, actors, spokenOf),
        };
    }

    private MentionParticipants Encounter(SentenceFacts facts, Trigger trigger, TokenRange clause, List<ActorSpan> actors)
    {
        // People meet; countries are sides unless named as places ("talks in China"); an organization named in a
        // title ("a member of the CPC Central Committee") is neither.
        // ("Officials from China and the U.S. held talks": "from" names a side here, not a place.)
        var sides = actors.Where(a => a.Actor.Kind == ActorKind.Person
            || (a.Actor.Kind == ActorKind.Country && (!IsLocative(facts, a) || PrecedingKey(facts, a) == "from"))).ToList();
        var agents = sides.Where(a => a.End <= trigger.First).ToList();
        var partners = sides.Where(a => a.First >= trigger.End).ToList();
        if (Clauses.OpenerOf(facts, clause) == "during")
        {
            // "Hegseth told Chinese counterpart Dong Jun during a meeting on Friday": who spoke to whom there met.
            agents.AddRange(facts.Actors.Where(a => a.End <= clause.First && a.Actor.Kind == ActorKind.Person && !AfterPreposition(facts, a)));
        }
        else if (agents.Count == 0 && partners.Count > 0 && trigger.IsNoun && !grammar.BackgroundOpeners.Contains(Clauses.OpenerOf(facts, clause) ?? "")
            && SubjectOutside(facts, clause) is { } subject)
        {
            agents.Add(subject);
        }

        return new MentionParticipants(agents, partners, null, CounterpartCountry(facts, actors));
    }

    /// <summary>
    /// "Wang Yi urged ... during a meeting with Ambassador Perdue", "During his conversation with Burns, Xie Feng
    /// expressed ...": the person the sentence is about, outside the clause of the encounter, is the other side.
    /// </summary>
    private static ActorSpan? SubjectOutside(SentenceFacts facts, TokenRange clause) =>
        facts.Actors.Where(a => a.Actor.Kind == ActorKind.Person && !clause.Covers(a.First, a.End) && !AfterPreposition(facts, a))
            .OrderBy(a => a.End <= clause.First ? clause.First - a.End : a.First - clause.End)
            .Cast<ActorSpan?>()
            .FirstOrDefault();

    /// <summary>The words of appointing someone: who does it is not who takes (or leaves) the office.</summary>
    private static readonly string[] AppointingWords = ["nominat", "appoint", "swore", "swear", "sworn", "vote", "voted", "nam"];

    /// <summary>
    /// "Perdue was sworn in", "Burns took office": the person before the words takes the office; "Trump nominated
    /// Perdue", "Harris swore in Burns": the one after does, and the one who appoints stands aside.
    /// </summary>
    private static MentionParticipants Personnel(SentenceFacts facts, Trigger trigger, List<ActorSpan> actors)
    {
        var persons = actors.Where(a => a.Actor.Kind == ActorKind.Person).ToList();
        var before = persons.Where(a => a.End <= trigger.First).ToList();
        var after = persons.Where(a => a.First >= trigger.End).ToList();
        var appointsSomeone = trigger.IsVerb && after.Count > 0 && !IsPassive(facts, trigger)
            && AppointingWords.Any(w => facts.Key(trigger.First).StartsWith(w, StringComparison.Ordinal));
        return appointsSomeone
            ? new MentionParticipants([after[0]], [.. before, .. after.Skip(1)], null, null)
            : new MentionParticipants(before, after, null, null);
    }

    private static bool IsPassive(SentenceFacts facts, Trigger trigger) =>
        facts.Key(trigger.First - 1) is "was" or "were" or "been" or "be" or "is" or "are" or "being"
        || (facts.Key(trigger.First - 2) is "was" or "were" or "been" or "be" or "is" or "are" && facts.Key(trigger.First - 1).EndsWith("ly", StringComparison.Ordinal));

    private MentionParticipants Movement(SentenceFacts facts, Trigger trigger, TokenRange clause, List<ActorSpan> actors)
    {
        var travellers = Modifier(facts, trigger, actors) is { Actor.Kind: ActorKind.Person } modifier ? [modifier]
            : ByAgent(facts, trigger, actors) is { } by ? [by]
            : actors.Where(a => a.End <= trigger.First && a.Actor.Kind == ActorKind.Person && !AfterPreposition(facts, a)).ToList();
        return new MentionParticipants(travellers, [], Destination(facts, trigger, clause, actors), null);
    }

    private MentionParticipants Declaration(SentenceFacts facts, Trigger trigger, TokenRange clause, List<ActorSpan> actors)
    {
        var speaker = Subject(facts, trigger, actors) ?? Modifier(facts, trigger, actors) ?? ReportingSpeaker(facts) ?? MatrixSubject(facts, clause);
        var targets = actors.Where(a => a.First >= trigger.End && !IsLocative(facts, a) && a != speaker).ToList();
        return new MentionParticipants(speaker is { } s ? [s] : [], targets, null, null);
    }

    private MentionParticipants Act(SentenceFacts facts, Trigger trigger, TokenRange clause, List<ActorSpan> actors, bool spokenOf)
    {
        var agent = Modifier(facts, trigger, actors) ?? ByAgent(facts, trigger, actors)
            ?? (spokenOf ? null : Undergoes(facts, trigger) ? ReportingSpeaker(facts) : Subject(facts, trigger, actors) ?? MatrixSubject(facts, clause));
        var targets = actors.Where(a => a != agent && !IsLocative(facts, a) && !grammar.AgentPrepositions.Contains(PrecedingKey(facts, a))).ToList();
        return new MentionParticipants(agent is { } found ? [found] : [], targets, null, null);
    }

    private static readonly HashSet<string> UndergoingVerbs = new(StringComparer.Ordinal) { "face", "faces", "faced", "facing", "suffer", "suffered", "receive", "received" };

    /// <summary>
    /// "The ministry announced that 20 US firms will face sanctions": whoever faces an act is its target; the one who
    /// announces it acts.
    /// </summary>
    private static bool Undergoes(SentenceFacts facts, Trigger trigger)
    {
        for (var t = trigger.First - 1; t >= 0 && trigger.First - t <= 3; t--)
        {
            if (UndergoingVerbs.Contains(facts.Key(t)))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "U.S. tariffs", "China's new export controls", "the Trump administration's February 4 tariffs", and through a
    /// decision to act, "Trump's decision to double tariffs".
    /// </summary>
    private static ActorSpan? Modifier(SentenceFacts facts, Trigger trigger, List<ActorSpan> actors)
    {
        var t = trigger.First - 1;
        if (facts.Key(t) == "'s")
        {
            t--;
        }

        for (var reach = 0; reach < ModifierReach && t >= 0; reach++, t--)
        {
            if (facts.Key(t) == "to" && facts.Cues.Any(c => c.Cue == Cue.Factive && c.End == t + 1))
            {
                var factive = facts.Cues.First(c => c.Cue == Cue.Factive && c.End == t + 1);
                t = factive.First - 1;
                reach = 0;
                if (facts.Key(t) == "'s")
                {
                    t--;
                }
            }

            var ending = actors.Where(a => a.End == t + 1).Cast<ActorSpan?>().FirstOrDefault();
            if (ending is not null)
            {
                return ending;
            }

            var key = facts.Key(t);
            var amount = facts.Tokens[t].Shape == Text.TokenShape.Number || key is "$" or "€" or "£" or "%" or "." or "-";
            if (!facts.Tokens[t].IsWord && !amount || Prepositions.Contains(key) || key is "and" or "the" or "a" or "an")
            {
                return null;
            }
        }

        return null;
    }

    /// <summary>"sanctions by China", "a visit by Pelosi".</summary>
    private ActorSpan? ByAgent(SentenceFacts facts, Trigger trigger, List<ActorSpan> actors) =>
        actors.Where(a => a.First >= trigger.End && a.First - trigger.End <= ModifierReach && grammar.AgentPrepositions.Contains(PrecedingKey(facts, a)))
            .Cast<ActorSpan?>()
            .FirstOrDefault();

    /// <summary>The first actor before the trigger that no preposition introduces: the clause's subject.</summary>
    private static ActorSpan? Subject(SentenceFacts facts, Trigger trigger, List<ActorSpan> actors) =>
        actors.Where(a => a.End <= trigger.First && !AfterPreposition(facts, a))
            .Cast<ActorSpan?>()
            .FirstOrDefault();

    /// <summary>
    /// "The White House announced on Monday that it will add a 10 percent tariff": where the clause names no one (or
    /// only a pronoun), the subject of the sentence before it acts.
    /// </summary>
    private static ActorSpan? MatrixSubject(SentenceFacts facts, TokenRange clause) =>
        facts.Actors.Where(a => a.End <= clause.First && !facts.IsQuoted(a.First) && !AfterPreposition(facts, a))
            .Cast<ActorSpan?>()
            .FirstOrDefault();

    /// <summary>"..., China's Foreign Ministry spokesman Mao Ning said": the one who speaks in a reporting clause.</summary>
    private static ActorSpan? ReportingSpeaker(SentenceFacts facts)
    {
        foreach (var cue in facts.Cues.Where(c => c.Cue == Cue.Reporting))
        {
            var beside = facts.Actors.Where(a => a.End == cue.First || a.First == cue.End)
                .Cast<ActorSpan?>()
                .FirstOrDefault();
            if (beside is not null)
            {
                return beside;
            }
        }

        return null;
    }

    /// <summary>Where a trip goes: the place or country after "to" or "in", else the place named right before "trip".</summary>
    private string? Destination(SentenceFacts facts, Trigger trigger, TokenRange clause, List<ActorSpan> actors)
    {
        var after = facts.Places.Where(p => p.First >= trigger.End && clause.Contains(p.First) && grammar.LocativePrepositions.Contains(facts.Key(p.First - 1)))
            .Select(p => (p.First, p.Name))
            .Concat(actors.Where(a => a.First >= trigger.End && a.Actor.Kind == ActorKind.Country && grammar.LocativePrepositions.Contains(PrecedingKey(facts, a)))
                .Select(a => (a.First, a.Actor.Name)))
            .OrderBy(p => p.First)
            .Select(p => p.Name)
            .FirstOrDefault();
        // "visited Taiwan": a verb's direct object is where it went.
        var direct = trigger.IsVerb
            ? facts.Places.Where(p => p.First == trigger.End).Select(p => p.Name)
                .Concat(actors.Where(a => a.First == trigger.End && a.Actor.Kind == ActorKind.Country).Select(a => a.Actor.Name))
                .FirstOrDefault()
            : null;
        return after ?? direct ?? facts.Places.Where(p => p.End == trigger.First || p.End == trigger.First - 1).Select(p => p.Name).FirstOrDefault();
    }

    /// <summary>"his Chinese counterpart": the country of the counterpart the clause speaks of.</summary>
    private Actor? CounterpartCountry(SentenceFacts facts, List<ActorSpan> actors)
    {
        foreach (var cue in facts.Cues.Where(c => c.Cue == Cue.Counterpart))
        {
            var named = actors.Any(a => a.First >= cue.End && a.First <= cue.End + 1 && a.Actor.Kind == ActorKind.Person);
            if (!named && cue.First > 0)
            {
                var (entries, length) = gazetteer.Phrases.Match(facts.Tokens, cue.First - 1, cue.First);
                var country = entries.Select(e => e switch
                {
                    AdjectiveEntry adjective => adjective.Country,
                    CountryEntry noun => noun.Country,
                    _ => null,
                }).OfType<Actor>().FirstOrDefault();
                if (length == 1 && country is not null)
                {
                    return country;
                }
            }
        }

        return null;
    }

    private bool IsLocative(SentenceFacts facts, ActorSpan actor) =>
        actor.Actor.Kind != ActorKind.Person && grammar.LocativePrepositions.Contains(PrecedingKey(facts, actor));

    private static bool AfterPreposition(SentenceFacts facts, ActorSpan actor) => Prepositions.Contains(PrecedingKey(facts, actor));

    /// <summary>The word before an actor, past "the".</summary>
    private static string PrecedingKey(SentenceFacts facts, ActorSpan actor)
    {
        var t = actor.First - 1;
        while (t >= 0 && facts.Key(t) is "the")
        {
            t--;
        }

        return facts.Key(t);
    }
}
