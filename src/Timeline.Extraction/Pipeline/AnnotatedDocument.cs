using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Decisions;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Pipeline;

/// <summary>
/// One article as the stages annotate it, in the order the pipeline declares: each stage reads the layers an earlier
/// stage added and adds its own. A layer read before it is added is a wiring error, caught when the pipeline is built.
/// </summary>
internal sealed class AnnotatedDocument(ArticleInput input)
{
    public ArticleInput Input { get; } = input;

    public CleanedArticle Article { get; set; } = null!;

    public IReadOnlyList<Sentence> Sentences { get; set; } = null!;

    public Document Tokens { get; set; } = null!;

    public IReadOnlyList<IReadOnlyList<DateRange>> RoleWindows { get; set; } = null!;

    public DocumentDate DocumentDate { get; set; } = null!;

    public IReadOnlyList<ActorMention> Actors { get; set; } = null!;

    public IReadOnlyList<DatedExpression> Dates { get; set; } = null!;

    public IReadOnlyList<PlaceMention> Places { get; set; } = null!;

    public IReadOnlyList<SentenceFacts> SentenceFacts { get; set; } = null!;

    public IReadOnlyList<Mention> Mentions { get; set; } = null!;

    public IReadOnlyList<ReportedEvent> ReportedEvents { get; set; } = null!;

    public IReadOnlyList<ExtractedEvent> Events { get; set; } = null!;
}
