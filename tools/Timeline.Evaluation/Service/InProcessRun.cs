using System.Globalization;
using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Extraction.Model;

namespace Timeline.Evaluation.Service;

/// <summary>
/// Runs the extraction pipeline directly on each article, with no service or database: fast feedback while
/// working on extraction. Each article's events stay its own (nothing is merged across articles), so merge
/// accuracy is not measured in this mode.
/// </summary>
public static class InProcessRun
{
    public static IReadOnlyList<FileOutcome> Run(IReadOnlyList<GoldFile> files, IArticleExtractor extractor) =>
        files.Select((file, index) => Outcome(file, index, extractor)).ToList();

    private static FileOutcome Outcome(GoldFile file, int index, IArticleExtractor extractor)
    {
        var article = file.Article;
        var input = new ArticleInput(article.Text, null, article.Url, article.Title, article.Publisher, Day(article.PublishedAt), article.Language);
        return Outcome(file, index, extractor.Extract(input).Events);
    }

    /// <summary>The outcome of a file whose events were extracted already, the n-th event with id "index-n".</summary>
    public static FileOutcome Outcome(GoldFile file, int index, IReadOnlyList<ExtractedEvent> extracted) =>
        new(file, index.ToString(CultureInfo.InvariantCulture), extracted.Select((e, n) => ToSystemEvent(e, $"{index}-{n}")).ToList());

    public static SystemEvent ToSystemEvent(ExtractedEvent e, string id) => new(
        id,
        e.Date.ToString(),
        e.Date.Precision.ToString().ToLowerInvariant(),
        TypeName(e.Type),
        e.Title,
        e.Participants.Select(p => new SystemParticipant(p.Actor.Id, p.Actor.Name, p.Actor.Kind.ToString().ToLowerInvariant())).ToList(),
        e.Location,
        [new SystemSource(id, null, string.Join(" ", e.Evidence.Select(x => x.Text)))]);

    private static string TypeName(EventType type) => type == EventType.ExportControl ? "export_control" : type.ToString().ToLowerInvariant();

    /// <summary>The calendar date as written, as the service reads it ("2025-05-23T23:30:00-04:00" is May 23).</summary>
    private static DateOnly? Day(string? publishedAt) =>
        publishedAt is { Length: >= 10 } && DateOnly.TryParseExact(publishedAt[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day)
            ? day
            : null;
}
