using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Places;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Reading;

/// <summary>What the earlier stages found in a document, given to <see cref="DocumentReader"/>.</summary>
internal sealed record DocumentAnnotations(
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<DatedExpression> Dates,
    IReadOnlyList<PlaceMention> Places,
    string? Title);

/// <summary>Lays the annotations of a document out by sentence and token, once, for the event stage.</summary>
internal static class DocumentReader
{
    /// <summary>The body sentences read as the lead: news puts the event it reports there.</summary>
    private const int LeadSentences = 3;

    private const int MinimumLeadWords = 6;

    public static IReadOnlyList<SentenceFacts> Read(
        Document document, DocumentAnnotations annotations, EventGrammar grammar, CancellationToken cancellationToken = default)
    {
        var actors = BySentence(document, annotations.Actors, a => (a.Start, a.End));
        var dates = BySentence(document, annotations.Dates, d => (d.Start, d.End));
        var places = BySentence(document, annotations.Places, p => (p.Start, p.End));
        var facts = new List<SentenceFacts>(document.Sentences.Count);
        var leadLeft = LeadSentences;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var sentence = document.Sentences[s];
            var tokens = document.TokensOf(s);
            var first = document.FirstTokenOf(s);
            var headline = s < 3 && IsTitle(sentence.Text, annotations.Title);
            var lead = !headline && !sentence.IsCaption && leadLeft > 0 && tokens.Count(t => t.IsWord) >= MinimumLeadWords && EndsLikeProse(sentence.Text);
            leadLeft -= lead ? 1 : 0;
            facts.Add(new SentenceFacts(
                s,
                sentence,
                tokens,
                actors[s].Select(a => new ActorSpan(a.Item, a.First - first, a.End - first)).ToList(),
                dates[s].Select(d => new DateSpan(d.Item.Date, d.Item.Kind, d.First - first, d.End - first, d.Item.WeekendStart)).ToList(),
                places[s].Select(p => new PlaceSpan(p.Item.Name, p.Item.Country, p.First - first, p.End - first)).ToList(),
                WithoutMonthHedges(grammar.FindCues(tokens), dates[s], first),
                Quotes(tokens),
                headline,
                lead));
        }

        return facts;
    }

    /// <summary>The items of each sentence as document token ranges; an item across a sentence boundary belongs to none.</summary>
    private static List<(T Item, int First, int End)>[] BySentence<T>(Document document, IReadOnlyList<T> items, Func<T, (int Start, int End)> span)
    {
        var result = new List<(T, int, int)>[document.Sentences.Count];
        for (var s = 0; s < result.Length; s++)
        {
            result[s] = [];
        }

        foreach (var item in items)
        {
            var (start, end) = span(item);
            var sentence = document.SentenceAt(start);
            if (sentence >= 0 && end <= document.Sentences[sentence].End)
            {
                var (first, last) = document.TokenRange(start, end);
                if (last > first)
                {
                    result[sentence].Add((item, first, last));
                }
            }
        }

        foreach (var list in result)
        {
            list.Sort((a, b) => a.Item2.CompareTo(b.Item2));
        }

        return result;
    }

    /// <summary>"in May" is a month, not a hedge: a cue inside a date expression does not count.</summary>
    private static List<CueMatch> WithoutMonthHedges(IReadOnlyList<CueMatch> cues, List<(DatedExpression Item, int First, int End)> dates, int first) =>
        cues.Where(c => c.Cue != Cue.Hedge || !dates.Any(d => d.First - first <= c.First && c.End <= d.End - first)).ToList();

    /// <summary>Story sentences end with a full stop or a closing quote; captions, subheads and page furniture mostly do not.</summary>
    private static bool EndsLikeProse(string sentence) => sentence.TrimEnd() is [.., '.' or '!' or '"' or '”' or '’' or '\''];

    private static bool IsTitle(string sentence, string? title) =>
        title is not null && Normalize(sentence) == Normalize(title);

    private static string Normalize(string text) =>
        new(text.Where(char.IsLetterOrDigit).Select(char.ToLowerInvariant).ToArray());

    /// <summary>The token ranges between double quotation marks (the tokenizer writes every kind as '"').</summary>
    private static List<TokenRange> Quotes(IReadOnlyList<Token> tokens)
    {
        var quotes = new List<TokenRange>();
        int? open = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Key != "\"")
            {
                continue;
            }

            if (open is { } start)
            {
                quotes.Add(new TokenRange(start, i + 1));
                open = null;
            }
            else
            {
                open = i;
            }
        }

        if (open is { } unclosed)
        {
            quotes.Add(new TokenRange(unclosed, tokens.Count));
        }

        return quotes;
    }
}
