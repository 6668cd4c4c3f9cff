using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Pipeline.Stages;

/// <summary>
/// For an article without a publication date: for each titled person it names, every period in which they held that
/// title ("President Trump": 2017–2021 or from 2025), which bounds when it was written. Titles are read without a date
/// here; the actor stage reads them again once the date is settled.
/// </summary>
internal sealed class RoleWindowStage(ActorMentionFinder actors) : IAnnotator
{
    public string Name => "role windows";

    public IReadOnlyList<Layer> Requires => [Layer.Article, Layer.Tokens];

    public IReadOnlyList<Layer> Provides => [Layer.RoleWindows];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.RoleWindows = document.Article.PublishedAt is null ? Windows(actors.Find(document.Tokens, null, cancellationToken)) : [];

    private static IReadOnlyList<IReadOnlyList<DateRange>> Windows(IEnumerable<ActorMention> mentions) =>
        mentions.Where(m => m.MatchedRole is not null)
            .DistinctBy(m => (m.Actor.Id, m.MatchedRole!.Title))
            .Select(m => (IReadOnlyList<DateRange>)m.Actor.Roles
                .Where(r => r.Title == m.MatchedRole!.Title || m.Offices?.Contains(r.Title) == true)
                .Select(r => new DateRange(r.Start ?? DateOnly.MinValue, r.End ?? DateOnly.MaxValue))
                .ToList())
            .ToList();
}

/// <summary>Settles the date the article speaks from: its publication date, else what its text allows (DocumentDateInferrer).</summary>
internal sealed class DocumentDateStage : IAnnotator
{
    public string Name => "document date";

    public IReadOnlyList<Layer> Requires => [Layer.Article, Layer.Sentences, Layer.RoleWindows];

    public IReadOnlyList<Layer> Provides => [Layer.DocumentDate];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.DocumentDate = DocumentDateInferrer.Infer(document.Article, document.Sentences, document.RoleWindows);
}

/// <summary>
/// Finds every date expression and resolves it against the document date in the direction its clause reads, except
/// the dateline's own date, which dates no event.
/// </summary>
internal sealed class DateStage : IAnnotator
{
    public string Name => "dates";

    public IReadOnlyList<Layer> Requires => [Layer.Article, Layer.DocumentDate];

    public IReadOnlyList<Layer> Provides => [Layer.Dates];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
    {
        var documentDate = document.DocumentDate;
        document.Dates = WrittenDates.Resolve(document.Article.Text, documentDate)
            .Where(d => !InDateline(d.Expression, documentDate) && d.Reading.Date is not null)
            .Select(d => new DatedExpression(d.Expression.Start, d.Expression.End, d.Reading.Date!, d.Expression.Kind, WeekendStart(d.Expression, documentDate)))
            .ToList();
    }

    private static bool InDateline(TemporalExpression expression, DocumentDate documentDate) =>
        documentDate.Dateline is { } dateline && expression.Start < dateline.End && dateline.Start < expression.End;

    /// <summary>The Saturday a weekend expression names, when the document date is a known day.</summary>
    private static DateOnly? WeekendStart(TemporalExpression expression, DocumentDate documentDate)
    {
        if (expression.Kind != TemporalKind.Weekend || documentDate.Date is not { Precision: DatePrecision.Day } anchor)
        {
            return null;
        }

        var daysSinceSaturday = ((int)anchor.Earliest.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        return anchor.Earliest.AddDays(-daysSinceSaturday + (7 * expression.Shift));
    }
}
