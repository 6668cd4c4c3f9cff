using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

internal sealed partial class SentenceScanner
{
    /// <summary>
    /// A capitalized word that is the surname of someone already named ("Wang" after "Wang Yi"), close to one
    /// ("Peredue" after "Perdue"), or a surname that names one person on its own ("Xi").
    /// </summary>
    private void TrySurnameAlone(int i)
    {
        var token = tokens[i];
        if (!token.StartsUpper || !token.IsWord || IsPronoun(i) || AfterUnknownName(i) || StartsLongerName(i + 1))
        {
            return;
        }

        var person = context.SeenWithSurname(token.Key) ?? StandaloneBySurname(token.Key) ?? Misspelled(i);
        if (person is not null)
        {
            EmitName(person, i, i + 1, title: null);
        }
    }

    // "He said" opens a sentence with a pronoun; "He" elsewhere after He Lifeng is his surname.
    private bool IsPronoun(int i) =>
        gazetteer.Rules.PronounSurnames.Contains(tokens[i].Key)
        && (i == 0 || tokens[i - 1].Shape == TokenShape.Punctuation && tokens[i - 1].Key is "\"" or "(" or "'" or "-");

    // "Dan Wang": a capitalized word no phrase explained, right before the surname, makes it someone else's name.
    private bool AfterUnknownName(int i) =>
        i > 0 && tokens[i - 1].IsWord && tokens[i - 1].StartsUpper && matchedUpTo < i
        && !gazetteer.Rules.CalendarWords.Contains(tokens[i - 1].Key);

    // "Wang Wenbin" when only "Wang Yi" is known: the next capitalized word makes it a different, longer name.
    private bool StartsLongerName(int next) =>
        next < tokens.Count && tokens[next].Shape == TokenShape.Capitalized
        && !gazetteer.Rules.CalendarWords.Contains(tokens[next].Key)
        && gazetteer.Phrases.Match(tokens, next, tokens.Count).Length == 0;

    private Actor? StandaloneBySurname(string key) =>
        gazetteer.BySurname.TryGetValue(key, out var people) && people.Count(p => gazetteer.Standalone.Contains(p.Id)) == 1
            ? people.First(p => gazetteer.Standalone.Contains(p.Id))
            : null;

    private Actor? UniqueBySurname(string key) =>
        gazetteer.BySurname.TryGetValue(key, out var people) && people.Count == 1 ? people[0] : StandaloneBySurname(key);

    /// <summary>"Secretary Blinken", "Premier Li": a surname after a title, first by context, then by who held the title.</summary>
    private Actor? SurnameWithTitle(string key, IReadOnlyList<TitleDefinition> written, string? country)
    {
        if (context.SeenWithSurname(key) is { } seen)
        {
            return seen;
        }

        if (!gazetteer.BySurname.TryGetValue(key, out var people))
        {
            return null;
        }

        var candidates = people.Where(p => country is null || p.Country == country).ToList();
        var covers = written.SelectMany(t => t.Covers).ToHashSet(StringComparer.Ordinal);
        var titled = candidates.Where(p => p.Roles.Any(r => covers.Contains(r.Title))).ToList();
        var heldThen = titled.Where(p => p.Roles.Any(r => covers.Contains(r.Title) && context.HeldThen(r))).ToList();
        return heldThen.Count == 1 ? heldThen[0]
            : titled.Count == 1 ? titled[0]
            : candidates.Count == 1 ? candidates[0]
            : null;
    }

    private Actor? Misspelled(int i)
    {
        var word = tokens[i].Key;
        if (i == 0 || word.Length < 5 || gazetteer.BySurname.ContainsKey(word))
        {
            return null;
        }

        foreach (var person in context.SeenMostRecentFirst())
        {
            var surname = context.Surname(person);
            if (surname is { Length: >= 4 } && EditDistance.AtMost(word, surname.ToLowerInvariant(), word.Length >= 8 ? 2 : 1))
            {
                return person;
            }
        }

        return null;
    }
}
