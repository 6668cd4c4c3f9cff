using System.Text;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Titles say what happened, with its object, in the text's own words: the clause of the report that names who acted,
/// from the actor through what was done to whom ("China imposed sanctions on six US defense firms over arms sales to
/// Taiwan"), without its relative dates. Where no report has such a clause, the kind's template with the names.
/// </summary>
internal static class EventTitles
{
    private const int ObjectReach = 14;

    private const int MinimumWords = 3;

    /// <summary>How many words past the reach a title may run to end its phrase.</summary>
    private const int PhraseSlack = 6;

    private static readonly HashSet<string> TrailingWords = new(StringComparer.Ordinal)
    {
        "and", "or", "the", "a", "an", "to", "of", "on", "in", "at", "for", "with", "by", "from", "as", "that", "which", "who", "its", "his", "her", "their", "but",
    };

    /// <summary>A headline longer than this is a paragraph the page put on top, not a title.</summary>
    private const int HeadlineLength = 140;

    public static string For(ReportedEvent reported, IReadOnlyList<Actor> people, IReadOnlyList<Actor> countries)
    {
        // The article's headline, when it reports this event, is a title an editor already wrote.
        var headline = reported.Mentions.Where(m => m.Facts.IsHeadline).Select(m => m.Facts.Sentence.Text.Trim()).FirstOrDefault(t => t.Length <= HeadlineLength);
        var written = headline ?? reported.Mentions
            .Where(m => !m.Facts.IsHeadline)
            .Select(m => Clause(m) ?? FromTrigger(m))
            .FirstOrDefault(t => t is not null);
        return Capitalize(written ?? Template(reported, people, countries));
    }

    /// <summary>"China: sanctions on 28 former officials": the agent's name before the words from the trigger on, when the agent stands elsewhere.</summary>
    private static string? FromTrigger(Mention mention)
    {
        var agent = mention.Agents.Select(a => a.Actor.Name).FirstOrDefault();
        if (agent is null || !mention.Candidate.Trigger.IsNoun)
        {
            return null;
        }

        // A noun and what follows it ("sanctions on 28 former officials"), not a bare noun or a verb without its subject.
        var text = Words(mention.Facts, mention.Candidate.Trigger.First, End(mention));
        if (text.Split(' ').Length <= MinimumWords)
        {
            return null;
        }

        // "Meeting between Joe Biden and Xi Jinping": a phrase that names its agent needs no name before it.
        var surname = agent.Split(' ')[^1];
        return text.Contains(surname, StringComparison.Ordinal) ? text : $"{agent}: {text}";
    }

    /// <summary>Where what was done ends: the clause's end, at most <see cref="ObjectReach"/> words on, without trailing function words.</summary>
    private static int End(Mention mention)
    {
        var facts = mention.Facts;
        var trigger = mention.Candidate.Trigger;
        // What was said runs past "that": "China said it will impose sanctions on ..." is the statement's object.
        var said = mention.Type is EventType.Statement or EventType.Accusation;
        var clauseEnd = said ? ClauseEndPastThat(mention) : mention.Candidate.Clause.End;
        var end = Math.Min(clauseEnd, trigger.End + ObjectReach);
        if (end < clauseEnd)
        {
            end = PhraseEnd(facts, end, Math.Min(clauseEnd, end + PhraseSlack));
        }

        return TrimmedEnd(facts, end, trigger.End);
    }

    /// <summary>Moves <paramref name="end"/> back over trailing punctuation and function words, not before <paramref name="floor"/>.</summary>
    private static int TrimmedEnd(SentenceFacts facts, int end, int floor)
    {
        while (end > floor && EndsPhrase(facts, end - 1))
        {
            end--;
        }

        return end;
    }

    /// <summary>
    /// A cut at the reach limit often falls inside a phrase ("agreed to walk back some punitive"): it moves on to the
    /// next punctuation or function word within <paramref name="limit"/>, where a phrase ends, or stays where it was.
    /// </summary>
    private static int PhraseEnd(SentenceFacts facts, int end, int limit)
    {
        // "in the U.S. and | him telling": a joining word just before the cut ends the phrase already.
        if (end > 0 && facts.Key(end - 1) is "and" or "or" or "but" or "that" or "which" or "who")
        {
            return end;
        }

        for (var t = end; t < limit; t++)
        {
            if (EndsPhrase(facts, t))
            {
                return t;
            }
        }

        return end;
    }

    private static bool EndsPhrase(SentenceFacts facts, int token) =>
        facts.Tokens[token].Shape == TokenShape.Punctuation || TrailingWords.Contains(facts.Key(token));

    /// <summary>The end of the trigger's clause, or of the clause a "that" after the trigger opens.</summary>
    private static int ClauseEndPastThat(Mention mention)
    {
        var facts = mention.Facts;
        var end = mention.Candidate.Clause.End;
        var next = end < facts.Tokens.Count && facts.Key(end) is "that" or "it" or "the" ? Triggers.Clauses.Around(facts, end + 1, end + 2).End : end;
        return Math.Max(end, next);
    }

    /// <summary>The words of the report from its first agent before the trigger to the end of what was done, or null.</summary>
    private static string? Clause(Mention mention)
    {
        var facts = mention.Facts;
        var trigger = mention.Candidate.Trigger;
        var clause = mention.Candidate.Clause;
        var agents = mention.Agents.Where(a => a.End <= trigger.First && a.First >= clause.First).ToList();
        if (agents.Count == 0)
        {
            return null;
        }

        var agent = agents.MinBy(a => a.First);
        if (IsSaying(mention) && SaysNothingAfter(mention))
        {
            return WhatWasSaid(mention, agent);
        }

        var text = Words(facts, agent.First, End(mention));
        return text.Split(' ').Length >= MinimumWords ? text : null;
    }

    private static bool IsSaying(Mention mention) => mention.Type is EventType.Statement or EventType.Accusation;

    /// <summary>"..., Wang Wenbin told reporters": the trigger ends its clause, with at most one word after it.</summary>
    private static bool SaysNothingAfter(Mention mention)
    {
        var facts = mention.Facts;
        var words = 0;
        for (var t = mention.Candidate.Trigger.End; t < End(mention); t++)
        {
            words += facts.Tokens[t].Shape == TokenShape.Punctuation || IsDateWord(facts, t) ? 0 : 1;
        }

        return words < 2;
    }

    /// <summary>
    /// "“China urges the US to stop arms sales to Taiwan,” Wang said": what was said stands before the speaker, so the
    /// title is the speaker's name and those words; null when nothing stands there.
    /// </summary>
    private static string? WhatWasSaid(Mention mention, ActorSpan speaker)
    {
        var facts = mention.Facts;
        var end = TrimmedEnd(facts, Math.Min(speaker.First, ObjectReach + 4), 0);
        var said = Words(facts, 0, end).Trim('“', '”', '"', '‘', '’', '\'', ' ', ',');
        return said.Split(' ').Length >= MinimumWords ? $"{speaker.Actor.Name}: {said}" : null;
    }

    /// <summary>The text of tokens [first, end) as written, leaving out date expressions and the preposition before them.</summary>
    private static string Words(SentenceFacts facts, int first, int end)
    {
        var text = new StringBuilder();
        var previousEnd = -1;
        var lastWasStop = false;
        for (var t = first; t < end; t++)
        {
            if (IsDateWord(facts, t))
            {
                continue;
            }

            var token = facts.Tokens[t];
            if (text.Length > 0 && token.Start > previousEnd && !(token.Shape == TokenShape.Punctuation && IsClosing(facts.Key(t))))
            {
                text.Append(' ');
            }

            text.Append(facts.Sentence.Text, token.Start - facts.Sentence.Start, token.End - token.Start);
            previousEnd = token.End;
            lastWasStop = token.Shape == TokenShape.Punctuation && facts.Key(t) == ".";
        }

        // A sentence's full stop, left at the end once a date before it is dropped ("announced the ban in December.").
        if (lastWasStop)
        {
            text.Length--;
        }

        return text.ToString().Replace(" ,", ",", StringComparison.Ordinal).Replace(",,", ",", StringComparison.Ordinal).Trim(' ', ',', '"', '“', '”');
    }

    /// <summary>A word of a date expression, or the preposition before one: titles leave relative dates out.</summary>
    private static bool IsDateWord(SentenceFacts facts, int t) =>
        facts.Dates.Any(d => d.First <= t && t < d.End) || (facts.Key(t) is "on" or "in" or "last" && facts.Dates.Any(d => d.First == t + 1));

    private static bool IsClosing(string punctuation) => punctuation is "." or "," or ";" or ":" or ")" or "?" or "!";

    private static string Template(ReportedEvent reported, IReadOnlyList<Actor> people, IReadOnlyList<Actor> countries)
    {
        var agents = Names(reported.Agents.Select(a => a.Actor).Where(a => a.Kind != ActorKind.Country))
            ?? Names(reported.Agents.Select(a => a.Actor))
            ?? Names(people)
            ?? Names(countries);
        if (agents is null)
        {
            // No one named: the report's own first words say more than a template with a blank.
            var facts = reported.First.Facts;
            var end = Math.Min(facts.Tokens.Count, ObjectReach + 4);
            return Words(facts, 0, TrimmedEnd(facts, PhraseEnd(facts, end, Math.Min(facts.Tokens.Count, end + PhraseSlack)), 0));
        }

        // A tariff or an export control falls on a country or a firm, never on a person.
        var targetsCanBePeople = reported.Type is not (EventType.Tariff or EventType.ExportControl);
        var targets = Names(reported.Targets.Concat(reported.Counterparts).Select(a => a.Actor)
            .Where(a => (targetsCanBePeople || a.Kind != ActorKind.Person) && !agents.Contains(a.Name, StringComparison.Ordinal)));
        var sides = Names(people) ?? Names(countries) ?? agents;
        var title = reported.Kind.Title
            .Replace("{sides}", sides, StringComparison.Ordinal)
            .Replace("{agents}", agents, StringComparison.Ordinal)
            .Replace("{place}", reported.Place ?? "abroad", StringComparison.Ordinal);
        title = targets is null ? WithoutTargets(title) : title.Replace("{targets}", targets, StringComparison.Ordinal);
        return reported.Place is { } place && reported.Kind.Shape == EventShape.Encounter && !title.Contains(place, StringComparison.Ordinal)
            ? $"{title} in {place}"
            : title;
    }

    private static string WithoutTargets(string title)
    {
        foreach (var joiner in new[] { " on {targets}", " to {targets}", " with {targets}", " {targets}" })
        {
            title = title.Replace(joiner, string.Empty, StringComparison.Ordinal);
        }

        return title;
    }

    private static string? Names(IEnumerable<Actor> actors)
    {
        var names = actors.Select(a => a.Name).Distinct().ToList();
        return names.Count switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names.Take(names.Count - 1)) + " and " + names[^1],
        };
    }

    private static string Capitalize(string title) => title.Length > 0 && char.IsLower(title[0]) ? char.ToUpperInvariant(title[0]) + title[1..] : title;
}
