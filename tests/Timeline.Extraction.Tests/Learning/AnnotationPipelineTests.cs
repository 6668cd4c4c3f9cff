using Timeline.Extraction.Pipeline;

namespace Timeline.Extraction.Tests.Learning;

public sealed class AnnotationPipelineTests
{
    private sealed class Stage(string name, Layer[] requires, Layer[] provides) : IAnnotator
    {
        public string Name => name;

        public IReadOnlyList<Layer> Requires => requires;

        public IReadOnlyList<Layer> Provides => provides;

        public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken)
        {
        }
    }

    [Fact]
    public void AStageThatReadsALayerNoEarlierStageAddsIsRefusedWhenThePipelineIsBuilt()
    {
        var error = Assert.Throws<InvalidOperationException>(() => new AnnotationPipeline(
            [new Stage("events", [Layer.DocumentDate], [Layer.Events]), new Stage("date", [], [Layer.DocumentDate])]));

        Assert.Contains("events needs DocumentDate", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ALayerIsAddedOnceSoTheDocumentDateIsNeverRevisited() =>
        Assert.Throws<InvalidOperationException>(() => new AnnotationPipeline(
            [new Stage("date", [], [Layer.DocumentDate]), new Stage("date again", [Layer.DocumentDate], [Layer.DocumentDate])]));

    [Fact]
    public void TheExtractorSettlesTheDocumentDateBeforeAnyEventStage()
    {
        var stages = ArticleExtractor.CreateDefault().Stages.ToList();

        var dated = stages.FindIndex(s => s.Provides.Contains(Layer.DocumentDate));
        var mentions = stages.FindIndex(s => s.Provides.Contains(Layer.Mentions));
        Assert.InRange(dated, 0, mentions - 1);
        Assert.Equal(Layer.Events, stages[^1].Provides.Single());
    }

    [Fact]
    public void TheKnownEventsStageRunsOnlyWhenSwitchedOn()
    {
        Assert.Contains(ArticleExtractor.CreateDefault().Stages, s => s.Name == "known events");
        Assert.DoesNotContain(ArticleExtractor.Create(new ExtractionOptions(KnownEvents: false)).Stages, s => s.Name == "known events");
    }
}
