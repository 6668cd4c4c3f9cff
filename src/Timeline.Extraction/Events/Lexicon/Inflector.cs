namespace Timeline.Extraction.Events.Lexicon;

/// <summary>
/// English inflection for the lexicon's lemmas: regular rules, with the irregular verbs and odd spellings given by the
/// data. Only what news prose needs: a verb's third person, past, participle and gerund, a noun's plural.
/// </summary>
public sealed class Inflector(IReadOnlyDictionary<string, string[]> irregularVerbs, IReadOnlySet<string> invariantNouns)
{
    private const string Vowels = "aeiou";

    public IEnumerable<(string Word, LexicalForm Form)> VerbForms(string lemma)
    {
        yield return (lemma, LexicalForm.Base);
        yield return (ThirdSingular(lemma), LexicalForm.ThirdSingular);
        if (irregularVerbs.TryGetValue(lemma, out var parts))
        {
            if (parts[0] == parts[1])
            {
                yield return (parts[0], LexicalForm.PastOrParticiple);
            }
            else
            {
                yield return (parts[0], LexicalForm.Past);
                yield return (parts[1], LexicalForm.Participle);
            }
        }
        else
        {
            yield return (Past(lemma), LexicalForm.PastOrParticiple);
        }

        yield return (Gerund(lemma), LexicalForm.Gerund);
    }

    public IEnumerable<string> NounForms(string noun)
    {
        yield return noun;
        if (!invariantNouns.Contains(noun) && !noun.EndsWith("ss", StringComparison.Ordinal) && !noun.EndsWith('s'))
        {
            yield return Plural(noun);
        }
    }

    public static string ThirdSingular(string verb) =>
        verb.EndsWith('y') && !IsVowel(verb, verb.Length - 2) ? verb[..^1] + "ies"
        : verb.EndsWith('s') || verb.EndsWith('x') || verb.EndsWith('z') || verb.EndsWith("sh", StringComparison.Ordinal)
            || verb.EndsWith("ch", StringComparison.Ordinal) || verb.EndsWith('o') ? verb + "es"
        : verb + "s";

    public static string Past(string verb) =>
        verb.EndsWith('e') ? verb + "d"
        : verb.EndsWith('y') && !IsVowel(verb, verb.Length - 2) ? verb[..^1] + "ied"
        : DoublesFinalConsonant(verb) ? verb + verb[^1] + "ed"
        : verb + "ed";

    public static string Gerund(string verb) =>
        verb.EndsWith("ee", StringComparison.Ordinal) || verb.EndsWith("ye", StringComparison.Ordinal) || verb.EndsWith("oe", StringComparison.Ordinal) ? verb + "ing"
        : verb.EndsWith("ie", StringComparison.Ordinal) ? verb[..^2] + "ying"
        : verb.EndsWith('e') ? verb[..^1] + "ing"
        : DoublesFinalConsonant(verb) ? verb + verb[^1] + "ing"
        : verb + "ing";

    public static string Plural(string noun) =>
        noun.EndsWith('y') && !IsVowel(noun, noun.Length - 2) ? noun[..^1] + "ies"
        : noun.EndsWith('x') || noun.EndsWith('z') || noun.EndsWith("sh", StringComparison.Ordinal) || noun.EndsWith("ch", StringComparison.Ordinal) ? noun + "es"
        : noun + "s";

    /// <summary>One syllable ending consonant-vowel-consonant ("ban", "slap"): "banned". Longer verbs are left alone ("visited").</summary>
    private static bool DoublesFinalConsonant(string verb)
    {
        if (verb.Length < 3 || IsVowel(verb, verb.Length - 1) || "wxy".Contains(verb[^1]) || !IsVowel(verb, verb.Length - 2) || IsVowel(verb, verb.Length - 3))
        {
            return false;
        }

        var vowelGroups = 0;
        for (var i = 0; i < verb.Length; i++)
        {
            if (IsVowel(verb, i) && (i == 0 || !IsVowel(verb, i - 1)))
            {
                vowelGroups++;
            }
        }

        return vowelGroups == 1;
    }

    private static bool IsVowel(string word, int index) => index >= 0 && Vowels.Contains(word[index]);
}
