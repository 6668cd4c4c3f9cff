namespace Timeline.Extraction;

/// <summary>
/// How the extractor is put together. <see cref="ModelDirectory"/>: a folder of trained models to use instead of those
/// inside the library (a model trained without one part, to score that part). <see cref="KnownEvents"/>: whether the
/// optional stage that links events to widely reported ones (Data/known-events.json) runs.
/// </summary>
public sealed record ExtractionOptions(string? ModelDirectory = null, bool KnownEvents = true)
{
    public static ExtractionOptions Default { get; } = new();
}
