using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Places;

namespace Timeline.Extraction.Pipeline.Stages;

/// <summary>Finds the actors named, a title resolved to whoever held it on the document date.</summary>
internal sealed class ActorStage(ActorMentionFinder actors) : IAnnotator
{
    public string Name => "actors";

    public IReadOnlyList<Layer> Requires => [Layer.Tokens, Layer.DocumentDate];

    public IReadOnlyList<Layer> Provides => [Layer.Actors];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.Actors = actors.Find(document.Tokens, document.DocumentDate.Date, cancellationToken);
}

/// <summary>Finds the places named (Data/places.json).</summary>
internal sealed class PlaceStage : IAnnotator
{
    public string Name => "places";

    public IReadOnlyList<Layer> Requires => [Layer.Tokens];

    public IReadOnlyList<Layer> Provides => [Layer.Places];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.Places = PlaceFinder.Find(document.Tokens);
}

/// <summary>Lays actors, dates, places, grammar cues and quotes out per sentence, by token: what the event stages read.</summary>
internal sealed class SentenceFactsStage(EventGrammar grammar) : IAnnotator
{
    public string Name => "sentence facts";

    public IReadOnlyList<Layer> Requires => [Layer.Article, Layer.Tokens, Layer.Actors, Layer.Dates, Layer.Places];

    public IReadOnlyList<Layer> Provides => [Layer.SentenceFacts];

    public void Annotate(AnnotatedDocument document, CancellationToken cancellationToken) =>
        document.SentenceFacts = DocumentReader.Read(
            document.Tokens,
            new DocumentAnnotations(document.Actors, document.Dates, document.Places, document.Article.Title),
            grammar,
            cancellationToken);
}
