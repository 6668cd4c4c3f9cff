using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Pipeline.Stages;

/// <summary>Cleans the text or HTML into story text with captions marked, and reads its metadata.</summary>
internal sealed class CleaningStage : IAnnotator
{
    public string Name => "cleaning";

    public IReadOnlyList<Layer> Requires => [];

    public IReadOnlyList<Layer> Provides => [Layer.Article];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.Article = ArticleCleaner.Clean(document.Input, cancellationToken);
}

/// <summary>Splits the story text into sentences with their offsets.</summary>
internal sealed class SentenceStage : IAnnotator
{
    public string Name => "sentences";

    public IReadOnlyList<Layer> Requires => [Layer.Article];

    public IReadOnlyList<Layer> Provides => [Layer.Sentences];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.Sentences = SentenceSplitter.Split(document.Article.Text, document.Article.Captions);
}

/// <summary>Tokenizes every sentence once; names glued to the next word at a lost line break are split.</summary>
internal sealed class TokenStage(GluedWords gluedWords) : IAnnotator
{
    public string Name => "tokens";

    public IReadOnlyList<Layer> Requires => [Layer.Article, Layer.Sentences];

    public IReadOnlyList<Layer> Provides => [Layer.Tokens];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.Tokens = gluedWords.Separate(Document.Create(document.Article.Text, document.Sentences));
}
