using Timeline.Extraction.Data;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Grammar;

/// <summary>
/// The function words of Data/event-grammar.json: cue phrases in one phrase trie (a sentence is searched once for all
/// of them), and the prepositions that tell who takes part in an event and how.
/// </summary>
public sealed class EventGrammar
{
    private readonly PhraseTrie<Cue> _cues;

    private EventGrammar(GrammarFile file)
    {
        _cues = new PhraseTrie<Cue>();
        AddAll(file.ClauseOpeners, Cue.ClauseOpener);
        AddAll(file.ClauseBreaks, Cue.ClauseBreak);
        AddAll(file.FutureCues, Cue.Future);
        AddAll(file.PlannedCues, Cue.Planned);
        AddAll(file.HedgeCues, Cue.Hedge);
        AddAll(file.NegationCues, Cue.Negation);
        AddAll(file.ConditionalCues, Cue.Conditional);
        AddAll(file.GenericCues, Cue.Generic);
        AddAll(file.PlannedModifiers, Cue.PlannedModifier);
        AddAll(file.FactiveCues, Cue.Factive);
        AddAll(file.ReportingVerbs, Cue.Reporting);
        AddAll(file.NonDatingPrepositions, Cue.NonDating);
        AddAll(file.Determiners, Cue.Determiner);
        AddAll(file.PhoneCues, Cue.Phone);
        AddAll(file.CounterpartNouns, Cue.Counterpart);
        AddAll(file.SideNouns, Cue.SideNoun);
        AddAll(file.LaterCues, Cue.Later);
        AddAll(file.ContinuationCues, Cue.Continuation);
        AddAll(file.IncludeCues, Cue.Include);
        AddAll(file.ListNouns, Cue.ListNoun);
        AddAll(file.ParticipationVerbs, Cue.Participation);
        AddAll(file.EndVerbs, Cue.EndVerb);
        TargetPrepositions = file.TargetPrepositions.ToHashSet(StringComparer.Ordinal);
        AgentPrepositions = file.AgentPrepositions.ToHashSet(StringComparer.Ordinal);
        EncounterPrepositions = file.EncounterPrepositions.ToHashSet(StringComparer.Ordinal);
        LocativePrepositions = file.LocativePrepositions.ToHashSet(StringComparer.Ordinal);
        Auxiliaries = file.Auxiliaries.ToHashSet(StringComparer.Ordinal);
        TemporalOpeners = file.TemporalOpeners.ToHashSet(StringComparer.Ordinal);
        BackgroundOpeners = file.BackgroundOpeners.ToHashSet(StringComparer.Ordinal);
        CounterpartRoles = file.CounterpartRoles.Select(roles => (IReadOnlySet<string>)roles.ToHashSet(StringComparer.Ordinal)).ToList();

        void AddAll(IEnumerable<string> phrases, Cue cue)
        {
            foreach (var phrase in phrases)
            {
                _cues.Add(phrase.ToLowerInvariant(), cue);
            }
        }
    }

    public static EventGrammar Default { get; } = new(EmbeddedData.Load<GrammarFile>("event-grammar.json"));

    public IReadOnlySet<string> TargetPrepositions { get; }

    public IReadOnlySet<string> AgentPrepositions { get; }

    public IReadOnlySet<string> EncounterPrepositions { get; }

    public IReadOnlySet<string> LocativePrepositions { get; }

    /// <summary>Words that make a following clause opener an adverb ("China has since accused").</summary>
    public IReadOnlySet<string> Auxiliaries { get; }

    /// <summary>Openers of clauses that speak of another event than the main clause ("after", "since", "following").</summary>
    public IReadOnlySet<string> TemporalOpeners { get; }

    /// <summary>Openers of clauses that name another event as a time or a cause ("after", "over", "amid").</summary>
    public IReadOnlySet<string> BackgroundOpeners { get; }

    /// <summary>Sets of role titles that face each other across two countries (a Secretary of Defense and a Minister of National Defense).</summary>
    public IReadOnlyList<IReadOnlySet<string>> CounterpartRoles { get; }

    /// <summary>Every cue phrase in the tokens, at every position (cues may overlap: "if" opens a clause and is a condition).</summary>
    public IReadOnlyList<CueMatch> FindCues(IReadOnlyList<Token> tokens)
    {
        var found = new List<CueMatch>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (cues, length) = _cues.Match(tokens, i, tokens.Count);
            foreach (var cue in cues)
            {
                // "China has since accused ...": after an auxiliary, an opener is an adverb.
                if (cue != Cue.ClauseOpener || i == 0 || !Auxiliaries.Contains(tokens[i - 1].Key))
                {
                    found.Add(new CueMatch(cue, i, i + length));
                }
            }
        }

        return found;
    }

    private sealed record GrammarFile(
        IReadOnlyList<string> ClauseOpeners,
        IReadOnlyList<string> ClauseBreaks,
        IReadOnlyList<string> FutureCues,
        IReadOnlyList<string> PlannedCues,
        IReadOnlyList<string> HedgeCues,
        IReadOnlyList<string> NegationCues,
        IReadOnlyList<string> ConditionalCues,
        IReadOnlyList<string> GenericCues,
        IReadOnlyList<string> PlannedModifiers,
        IReadOnlyList<string> FactiveCues,
        IReadOnlyList<string> ReportingVerbs,
        IReadOnlyList<string> TargetPrepositions,
        IReadOnlyList<string> AgentPrepositions,
        IReadOnlyList<string> EncounterPrepositions,
        IReadOnlyList<string> LocativePrepositions,
        IReadOnlyList<string> NonDatingPrepositions,
        IReadOnlyList<string> Determiners,
        IReadOnlyList<string> PhoneCues,
        IReadOnlyList<string> CounterpartNouns,
        IReadOnlyList<string> SideNouns,
        IReadOnlyList<string[]> CounterpartRoles,
        IReadOnlyList<string> Auxiliaries,
        IReadOnlyList<string> TemporalOpeners,
        IReadOnlyList<string> BackgroundOpeners,
        IReadOnlyList<string> LaterCues,
        IReadOnlyList<string> ContinuationCues,
        IReadOnlyList<string> IncludeCues,
        IReadOnlyList<string> ListNouns,
        IReadOnlyList<string> ParticipationVerbs,
        IReadOnlyList<string> EndVerbs);
}
