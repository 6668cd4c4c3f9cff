namespace Timeline.Extraction.Pipeline;

/// <summary>
/// A stage of the pipeline: it declares the layers it reads and the ones it adds (as CoreNLP annotators do), and adds
/// them to the document in place (as spaCy components do).
/// </summary>
internal interface IAnnotator
{
    string Name { get; }

    IReadOnlyList<Layer> Requires { get; }

    IReadOnlyList<Layer> Provides { get; }

    /// <param name="cancellationToken">Long stages check it per sentence as well.</param>
    void Annotate(AnnotatedDocument document, CancellationToken cancellationToken);
}
