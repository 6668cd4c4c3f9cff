using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Events.Reading;

/// <summary>
/// One sentence with everything the stages before found in it, located by token index within the sentence: the one
/// view the event stage reads. <see cref="IsHeadline"/> marks the article's title line, written in the headline present.
/// </summary>
internal sealed record SentenceFacts(
    int Index,
    Sentence Sentence,
    IReadOnlyList<Token> Tokens,
    IReadOnlyList<ActorSpan> Actors,
    IReadOnlyList<DateSpan> Dates,
    IReadOnlyList<PlaceSpan> Places,
    IReadOnlyList<CueMatch> Cues,
    IReadOnlyList<TokenRange> Quotes,
    bool IsHeadline,
    bool IsLead)
{
    public bool IsQuestion => Sentence.Text.TrimEnd().EndsWith('?');

    public bool IsQuoted(int token) => Quotes.Any(q => q.Contains(token));

    public bool HasCue(Cue cue, int first, int end) => Cues.Any(c => c.Cue == cue && c.First >= first && c.End <= end);

    public IEnumerable<CueMatch> CuesIn(Cue cue, int first, int end) => Cues.Where(c => c.Cue == cue && c.First >= first && c.End <= end);

    public string Key(int token) => token >= 0 && token < Tokens.Count ? Tokens[token].Key : "";
}
