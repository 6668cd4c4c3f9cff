using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Actors;

internal sealed partial class SentenceScanner
{
    /// <summary>
    /// Titles from <paramref name="titleStart"/> ("State Councilor and Foreign Minister"), then a name
    /// ("Wang Yi", "Wang", or a new person), else the role alone ("China's foreign minister").
    /// </summary>
    private int AfterTitles(int titleStart, int mentionStart, Actor? qualifier)
    {
        var written = new List<TitleDefinition>();
        var k = titleStart;
        while (true)
        {
            var (values, length) = gazetteer.Phrases.Match(tokens, k, tokens.Count);
            if (length == 0 || values[0] is not TitleEntry title)
            {
                break;
            }

            written.Add(title.Title);
            k += length;
            if (k + 1 < tokens.Count && tokens[k].Key is "and" or "," && IsTitleAt(k + 1))
            {
                k++;
                continue;
            }

            break;
        }

        var titleEnd = k;
        matchedUpTo = Math.Max(matchedUpTo, titleEnd);
        var country = qualifier?.Name ?? written.Select(t => t.Country).FirstOrDefault(c => c is not null);
        var nameStart = k < tokens.Count && tokens[k].Key == "," ? k + 1 : k;
        if (NameAfterTitle(nameStart, written, country) is (var person, var nameEnd))
        {
            return EmitName(person, nameStart, nameEnd, written, titleStart, titleEnd);
        }

        if (LongTitleThenName(titleEnd, written, country) is (var longPerson, var longNameStart, var longNameEnd))
        {
            return EmitName(longPerson, longNameStart, longNameEnd, written, titleStart, longNameStart);
        }

        var offices = written.Where(t => t.IsOffice).ToList();
        var determined = qualifier is not null || mentionStart > 0 && tokens[mentionStart - 1].Key == "the";
        if (offices.Count > 0 && determined)
        {
            var covers = offices[^1].Covers;
            if (context.ResolveRole(covers, country) is { } holder)
            {
                var titleText = text[tokens[titleStart].Start..tokens[titleEnd - 1].End];
                context.Remember(holder, offices[^1]);
                Emit(holder, mentionStart, titleEnd, titleText, context.MatchRole(holder, offices), isMetonym: false, OfficesOf(offices));
            }
        }

        return titleEnd;
    }

    private bool IsTitleAt(int k)
    {
        var (values, length) = gazetteer.Phrases.Match(tokens, k, tokens.Count);
        return length > 0 && values[0] is TitleEntry;
    }

    private (Actor Person, int End)? NameAfterTitle(int k, IReadOnlyList<TitleDefinition> written, string? country)
    {
        if (k >= tokens.Count)
        {
            return null;
        }

        var (values, length) = gazetteer.Phrases.Match(tokens, k, tokens.Count);
        if (length > 0)
        {
            return values[0] is NameEntry { Actor.Kind: ActorKind.Person } name ? (name.Actor, k + length) : null;
        }

        if (!tokens[k].StartsUpper)
        {
            return null;
        }

        if (!StartsLongerName(k + 1) && SurnameWithTitle(tokens[k].Key, written, country) is { } bySurname)
        {
            return (bySurname, k + 1);
        }

        var nameEnd = UnknownNameEnd(k);
        if (nameEnd < 0 || country is null || !written.Any(t => t.IsOffice))
        {
            return null;
        }

        var newName = string.Join(' ', tokens.Skip(k).Take(nameEnd - k).Select(t => text[t.Start..t.End]));
        return (context.NewPerson(newName, country, written.Last(t => t.IsOffice)), nameEnd);
    }

    /// <summary>"Under Secretary of Commerce for Industry and Security Alan Estevez": the title runs on to the name.</summary>
    private (Actor Person, int Start, int End)? LongTitleThenName(int k, IReadOnlyList<TitleDefinition> written, string? country)
    {
        if (k >= tokens.Count || !gazetteer.Rules.TitleConnectors.Contains(tokens[k].Key))
        {
            return null;
        }

        var runEnd = k;
        while (runEnd < tokens.Count && (tokens[runEnd].Shape is TokenShape.Capitalized || gazetteer.Rules.TitleConnectors.Contains(tokens[runEnd].Key)))
        {
            runEnd++;
        }

        for (var p = k + 2; p < runEnd; p++)
        {
            var (values, length) = gazetteer.Phrases.Match(tokens, p, runEnd);
            if (length > 0 && values[0] is NameEntry { Actor.Kind: ActorKind.Person } name)
            {
                return (name.Actor, p, p + length);
            }
        }

        // "Undersecretary of State of the United States, Christopher Landau": a known name after the long title.
        if (runEnd + 1 < tokens.Count && tokens[runEnd].Key == ",")
        {
            var (after, afterLength) = gazetteer.Phrases.Match(tokens, runEnd + 1, tokens.Count);
            if (afterLength > 0 && after[0] is NameEntry { Actor.Kind: ActorKind.Person } known)
            {
                return (known.Actor, runEnd + 1, runEnd + 1 + afterLength);
            }
        }

        var nameStart = runEnd - 2;
        if (nameStart <= k + 1 || country is null || !written.Any(t => t.IsOffice) || UnknownNameEnd(nameStart) != runEnd)
        {
            return null;
        }

        var newName = string.Join(' ', tokens.Skip(nameStart).Take(runEnd - nameStart).Select(t => text[t.Start..t.End]));
        return (context.NewPerson(newName, country, written.Last(t => t.IsOffice)), nameStart, runEnd);
    }

    /// <summary>End of a two- or three-word capitalized name no gazetteer phrase claims, or -1.</summary>
    private int UnknownNameEnd(int k)
    {
        var end = k;
        while (end < tokens.Count && end - k < 4 && IsPlainCapitalizedWord(end))
        {
            end++;
        }

        var length = end - k;
        return length is 2 or 3 && !(end < tokens.Count && IsPlainCapitalizedWord(end)) ? end : -1;
    }

    private bool IsPlainCapitalizedWord(int k) =>
        tokens[k].Shape == TokenShape.Capitalized
        && !gazetteer.Rules.CalendarWords.Contains(tokens[k].Key)
        && !gazetteer.Rules.NonNameWords.Contains(tokens[k].Key)
        && gazetteer.Phrases.Match(tokens, k, k + 1).Length == 0;

    private int AfterHonorific(int k)
    {
        if (k < tokens.Count && tokens[k].Key == ".")
        {
            k++;
        }

        if (k < tokens.Count && tokens[k].StartsUpper && !StartsLongerName(k + 1))
        {
            var person = context.SeenWithSurname(tokens[k].Key) ?? UniqueBySurname(tokens[k].Key);
            if (person is not null)
            {
                return EmitName(person, k, k + 1, title: null);
            }
        }

        return k;
    }
}
