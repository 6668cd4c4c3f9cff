using Timeline.Extraction.Data;
using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Lexicon;

/// <summary>
/// The event words of Data/event-lexicon.json with every inflection generated, in one phrase trie: a sentence is
/// searched once, longest phrase first, and each match says which kind of event it reports and in what form.
/// </summary>
public sealed class EventLexicon
{
    private EventLexicon(IReadOnlyList<EventKind> kinds, PhraseTrie<TriggerEntry> phrases, IReadOnlySet<string> verbLikeNouns, IReadOnlySet<string> words)
    {
        Kinds = kinds;
        Phrases = phrases;
        VerbLikeNouns = verbLikeNouns;
        Words = words;
    }

    public static EventLexicon Default { get; } = Load(EmbeddedData.Load<LexiconFile>("event-lexicon.json"));

    public IReadOnlyList<EventKind> Kinds { get; }

    public PhraseTrie<TriggerEntry> Phrases { get; }

    /// <summary>Nouns that are also verbs ("calls", "visit"): as nouns they need a determiner or a modifier before them.</summary>
    public IReadOnlySet<string> VerbLikeNouns { get; }

    /// <summary>Every word of every phrase, inflections included ("expressed"): words the extractor knows as English.</summary>
    public IReadOnlySet<string> Words { get; }

    public EventKind Kind(string name) => Kinds.First(k => k.Name == name);

    internal static EventLexicon Load(LexiconFile file)
    {
        var inflector = new Inflector(file.IrregularVerbs, file.InvariantNouns.ToHashSet(StringComparer.Ordinal));
        var extraForms = file.ExtraVerbForms ?? new Dictionary<string, string[]>();
        var trie = new PhraseTrie<TriggerEntry>();
        var words = new HashSet<string>(StringComparer.Ordinal);
        void Add(string phrase, TriggerEntry entry)
        {
            trie.Add(phrase, entry);
            words.UnionWith(phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries).Where(w => w.All(char.IsLetter)));
        }

        var kinds = new List<EventKind>();
        foreach (var record in file.Kinds)
        {
            var kind = ToKind(record, inflector);
            kinds.Add(kind);
            foreach (var verb in record.Verbs ?? [])
            {
                foreach (var (phrase, form) in VerbPhrases(verb, inflector, extraForms))
                {
                    Add(phrase, new TriggerEntry(kind, form, TriggerRole.Trigger));
                }
            }

            foreach (var noun in record.Nouns ?? [])
            {
                foreach (var phrase in NounPhrases(noun, inflector))
                {
                    Add(phrase, new TriggerEntry(kind, LexicalForm.Noun, TriggerRole.Trigger));
                }
            }

            foreach (var phrase in record.Phrases ?? [])
            {
                Add(phrase, new TriggerEntry(kind, FormOfPhrase(phrase), TriggerRole.Trigger));
            }

            foreach (var phrase in record.Excludes ?? [])
            {
                Add(phrase, new TriggerEntry(null, LexicalForm.Noun, TriggerRole.Exclusion));
            }
        }

        return new EventLexicon(kinds, trie, (file.VerbLikeNouns ?? []).ToHashSet(StringComparer.Ordinal), words);
    }

    private static EventKind ToKind(KindRecord record, Inflector inflector) => new(
        record.Name,
        Enum.Parse<EventType>(record.Type),
        record.Cameo,
        Enum.Parse<EventShape>(record.Shape, ignoreCase: true),
        record.Measure,
        record.LeadOnly,
        record.RequiresSentence,
        record.Title,
        (record.Requires ?? []).ToHashSet(StringComparer.Ordinal),
        (record.SupportVerbs ?? [])
            .SelectMany(verb => inflector.VerbForms(verb.Split(' ')[0]).Select(f => f.Word))
            .ToHashSet(StringComparer.Ordinal));

    /// <summary>"speak by phone": every form of "speak", then " by phone".</summary>
    private static IEnumerable<(string Phrase, LexicalForm Form)> VerbPhrases(
        string verb, Inflector inflector, IReadOnlyDictionary<string, string[]> extraForms)
    {
        var space = verb.IndexOf(' ');
        var (head, rest) = space < 0 ? (verb, "") : (verb[..space], verb[space..]);
        foreach (var (word, form) in inflector.VerbForms(head))
        {
            yield return (word + rest, form);
        }

        foreach (var word in extraForms.GetValueOrDefault(head) ?? [])
        {
            yield return (word + rest, FormOfSpelling(word));
        }
    }

    /// <summary>"phone call": "phone call" and "phone calls".</summary>
    private static IEnumerable<string> NounPhrases(string noun, Inflector inflector)
    {
        var space = noun.LastIndexOf(' ');
        var (rest, head) = space < 0 ? ("", noun) : (noun[..(space + 1)], noun[(space + 1)..]);
        return inflector.NounForms(head).Select(form => rest + form);
    }

    private static LexicalForm FormOfSpelling(string word) =>
        word.EndsWith("ing", StringComparison.Ordinal) ? LexicalForm.Gerund
        : word.EndsWith("ed", StringComparison.Ordinal) ? LexicalForm.PastOrParticiple
        : word.EndsWith('s') ? LexicalForm.ThirdSingular
        : LexicalForm.Base;

    /// <summary>A fixed phrase keeps the form its first word shows ("met virtually": past; "was postponed": participle).</summary>
    private static LexicalForm FormOfPhrase(string phrase)
    {
        var first = phrase.Split(' ')[0];
        return first is "was" or "were" ? LexicalForm.Participle : first.EndsWith("ed", StringComparison.Ordinal) || first is "met" or "spoke" ? LexicalForm.PastOrParticiple : LexicalForm.Noun;
    }
}
