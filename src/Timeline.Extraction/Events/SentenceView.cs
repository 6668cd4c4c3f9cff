using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction.Events;

/// <summary>A date written in a sentence, resolved against the document date; a weekend keeps its first day apart.</summary>
internal readonly record struct DateMention(int Start, int End, EventDate Date, DateOnly? WeekendStart = null);

/// <summary>
/// Everything the detector knows about one sentence, with offsets into the cleaned article text;
/// <see cref="Triggers"/> are the lexicon's phrases found in its tokens, before any is judged.
/// </summary>
internal sealed record SentenceView(
    int Index,
    Sentence Sentence,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<PhraseMatch<EventCategory>> Triggers,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<PlaceMention> Places,
    IReadOnlyList<DateMention> Dates,
    IReadOnlyList<TextSpan> Quotes)
{
    public bool IsQuoted(int offset) => Quotes.Any(q => q.Start <= offset && offset < q.End);

    /// <summary>The ranges between quotation marks, so that words said in quotes are not read as reported events.</summary>
    public static IReadOnlyList<TextSpan> FindQuotes(string text, int offset)
    {
        var quotes = new List<TextSpan>();
        int? open = null;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            var opens = c == '“' || (c == '"' && open is null);
            var closes = c == '”' || (c == '"' && open is not null);
            if (closes && open is { } start)
            {
                quotes.Add(new TextSpan(start + offset, i + offset + 1));
                open = null;
            }
            else if (opens && open is null)
            {
                open = i;
            }
        }

        return quotes;
    }
}
