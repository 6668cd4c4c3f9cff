namespace Timeline.Extraction.Pipeline;

/// <summary>
/// The stages in one forward order. Built once: every stage's requirements must be provided by a stage before it, and
/// no layer is provided twice, so the document date is settled before the events and never revisited.
/// </summary>
internal sealed class AnnotationPipeline
{
    private readonly IReadOnlyList<IAnnotator> _stages;

    public AnnotationPipeline(IReadOnlyList<IAnnotator> stages)
    {
        var provided = new HashSet<Layer>();
        foreach (var stage in stages)
        {
            var missing = stage.Requires.Where(layer => !provided.Contains(layer)).ToList();
            if (missing.Count > 0)
            {
                throw new InvalidOperationException($"stage {stage.Name} needs {string.Join(", ", missing)}, which no stage before it provides");
            }

            var twice = stage.Provides.Where(layer => !provided.Add(layer)).ToList();
            if (twice.Count > 0)
            {
                throw new InvalidOperationException($"stage {stage.Name} provides {string.Join(", ", twice)} again");
            }
        }

        _stages = stages;
    }

    public IReadOnlyList<IAnnotator> Stages => _stages;

    /// <summary>Runs the stages in order, up to the one that provides <paramref name="until"/> (all of them by default).</summary>
    public AnnotatedDocument Run(AnnotatedDocument document, CancellationToken cancellationToken, Layer? until = null)
    {
        foreach (var stage in _stages)
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Annotate(document, cancellationToken);
            if (until is { } last && stage.Provides.Contains(last))
            {
                break;
            }
        }

        return document;
    }

    /// <summary>Runs the stages after the one that provides <paramref name="after"/>, on a document that holds it and what came before.</summary>
    public AnnotatedDocument RunAfter(Layer after, AnnotatedDocument document, CancellationToken cancellationToken)
    {
        foreach (var stage in _stages.SkipWhile(s => !s.Provides.Contains(after)).Skip(1))
        {
            cancellationToken.ThrowIfCancellationRequested();
            stage.Annotate(document, cancellationToken);
        }

        return document;
    }
}
