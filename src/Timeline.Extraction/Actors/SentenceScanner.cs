using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

/// <summary>
/// Walks one sentence's tokens left to right. At each position it tries, in order: a phrase to skip, an
/// honorific with a surname, a country word (as actor, qualifier or "Chinese authorities"), a title with or
/// without a name, a full name, and finally a bare surname resolved against the document so far.
/// </summary>
internal sealed partial class SentenceScanner(
    Gazetteer gazetteer,
    DocumentContext context,
    string text,
    IReadOnlyList<Token> tokens,
    List<ActorMention> mentions)
{
    // Index just past the last token that took part in any recognized phrase.
    private int matchedUpTo;

    public void Scan()
    {
        var i = 0;
        while (i < tokens.Count)
        {
            i = Step(i);
        }
    }

    private int Step(int i)
    {
        var (values, length) = gazetteer.Phrases.Match(tokens, i, tokens.Count);
        if (length == 0)
        {
            if (!TryCountryPair(i))
            {
                TrySurnameAlone(i);
            }

            return i + 1;
        }

        matchedUpTo = i + length;
        var first = values[0];
        return first switch
        {
            NotActorEntry or CollectiveEntry => i + length,
            HonorificEntry => AfterHonorific(i + length),
            TitleEntry => AfterTitles(i, i, qualifier: null),
            CountryEntry or AdjectiveEntry => AfterCountryWord(i, length, values),
            NameEntry { Actor.Kind: ActorKind.Organization } org when TitleInside(i, length) is { } p =>
                AfterTitles(p, i, org.Actor.Country is { } c ? gazetteer.Country(c) : null),
            NameEntry name => EmitName(name.Actor, i, i + length, title: null),
            _ => i + length,
        };
    }

    /// <summary>
    /// "US-China talks", "Sino-U.S. relations": one hyphenated word naming two countries names both. Each part is
    /// looked up on its own; all must be countries.
    /// </summary>
    private bool TryCountryPair(int i)
    {
        var token = tokens[i];
        if (!token.IsWord || !token.Key.Contains('-', StringComparison.Ordinal))
        {
            return false;
        }

        var countries = new List<(Actor Country, int Start, int End)>();
        var start = token.Start;
        while (start < token.End)
        {
            var end = text.IndexOf('-', start, token.End - start) is var dash and >= 0 ? dash : token.End;
            var part = Tokenizer.Tokenize(text, start, end);
            var (values, length) = part.Count > 0 ? gazetteer.Phrases.Match(part, 0, part.Count) : ([], 0);
            var country = length == part.Count && part.Count > 0
                ? values.Select(v => v switch { CountryEntry c => c.Country, AdjectiveEntry a => a.Country, _ => null }).OfType<Actor>().FirstOrDefault()
                : null;
            if (country is null)
            {
                return false;
            }

            countries.Add((country, start, end));
            start = end + 1;
        }

        foreach (var (country, from, to) in countries.Where(c => c.Country.Kind == ActorKind.Country).DistinctBy(c => c.Country.Id))
        {
            mentions.Add(new ActorMention(country, from, to, text[from..to], null, null, IsMetonym: false));
        }

        return countries.Count >= 2;
    }

    private int AfterCountryWord(int i, int length, IReadOnlyList<Entry> values)
    {
        var country = values.OfType<CountryEntry>().FirstOrDefault();
        var qualifier = country?.Country ?? values.OfType<AdjectiveEntry>().First().Country;
        var j = i + length;
        if (j < tokens.Count && tokens[j].Key == "'s")
        {
            j++;
        }

        var (next, nextLength) = j < tokens.Count ? gazetteer.Phrases.Match(tokens, j, tokens.Count) : ([], 0);
        var nextEntry = nextLength > 0 ? next[0] : null;
        switch (nextEntry)
        {
            case TitleEntry:
                matchedUpTo = j + nextLength;
                return AfterTitles(j, i, qualifier);
            case CollectiveEntry:
                matchedUpTo = j + nextLength;
                Emit(qualifier, i, j + nextLength, title: null, role: null, isMetonym: false);
                return j + nextLength;
            case NameEntry { Actor.Kind: ActorKind.Organization } org when org.Actor.Country != qualifier.Name:
                // "Japanese Ministry of Foreign Affairs" is not the Chinese one the bare alias stands for.
                return j + nextLength;
            case NameEntry:
                return j;
        }

        // "in Beijing" is a place, "in response to Washington's deal" the state.
        var possessive = i + length < tokens.Count && tokens[i + length].Key == "'s";
        if (country is not null && !(country.IsMetonym && AfterLocative(i) && !possessive))
        {
            Emit(qualifier, i, i + length, title: null, role: null, country.IsMetonym);
        }

        return j;
    }

    // "US Treasury Secretary": the organization alias "US Treasury" overlaps the title "Treasury Secretary".
    private int? TitleInside(int i, int length)
    {
        for (var p = i + 1; p < i + length; p++)
        {
            var (values, titleLength) = gazetteer.Phrases.Match(tokens, p, tokens.Count);
            if (titleLength > 0 && values[0] is TitleEntry && p + titleLength > i + length)
            {
                return p;
            }
        }

        return null;
    }

    private bool AfterLocative(int i) => i > 0 && gazetteer.Rules.LocativeWords.Contains(tokens[i - 1].Key);

    private int EmitName(Actor actor, int start, int end, IReadOnlyList<TitleDefinition>? title, int titleStart = -1, int titleEnd = -1)
    {
        matchedUpTo = Math.Max(matchedUpTo, end);
        var written = title?.Where(t => t.IsOffice).ToList();
        string? titleText = null;
        ActorRole? role = null;
        if (written is { Count: > 0 } && actor.Kind == ActorKind.Person)
        {
            var last = titleEnd - 1;
            while (last > titleStart && tokens[last].Shape == TokenShape.Punctuation)
            {
                last--;
            }

            titleText = text[tokens[titleStart].Start..tokens[last].End];
            role = context.MatchRole(actor, written);
        }

        if (actor.Kind == ActorKind.Person)
        {
            context.Remember(actor, written is { Count: > 0 } ? written[^1] : null);
        }

        Emit(actor, start, end, titleText, role, isMetonym: false, role is null ? null : OfficesOf(written!));
        return end;
    }

    private static HashSet<string> OfficesOf(IEnumerable<TitleDefinition> written) =>
        written.SelectMany(t => t.Covers).ToHashSet(StringComparer.Ordinal);

    private void Emit(Actor actor, int startToken, int endToken, string? title, ActorRole? role, bool isMetonym, IReadOnlySet<string>? offices = null)
    {
        var start = tokens[startToken].Start;
        var end = tokens[endToken - 1].End;
        mentions.Add(new ActorMention(actor, start, end, text[start..end], title, role, isMetonym, offices));
    }
}
