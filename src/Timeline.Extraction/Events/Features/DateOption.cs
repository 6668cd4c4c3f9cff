using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Events.Features;

/// <summary>What may date a candidate: a date written in its sentence or the one before, the article's date, or nothing.</summary>
internal sealed record DateOption(DateOptionKind Kind, SentenceFacts? Sentence = null, DateSpan? Date = null)
{
    public static DateOption Article { get; } = new(DateOptionKind.Article);

    public static DateOption None { get; } = new(DateOptionKind.None);

    public EventDate? Value(EventDate? documentDate) => Kind switch
    {
        DateOptionKind.Expression => Date!.Value.Date,
        DateOptionKind.Article => documentDate,
        _ => null,
    };
}

internal enum DateOptionKind
{
    Expression,
    Article,
    None,
}
