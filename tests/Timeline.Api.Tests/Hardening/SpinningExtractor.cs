using Timeline.Api.Tests.Infrastructure;
using Timeline.Extraction.Model;

namespace Timeline.Api.Tests.Hardening;

/// <summary>
/// An extractor that never finishes on its own for texts holding "[spin]": it spins until its token is cancelled, and
/// records that it was. Other texts go to <see cref="ScriptedExtractor"/>.
/// </summary>
public sealed class SpinningExtractor : IArticleExtractor
{
    public const string Marker = "[spin]";

    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource _cancelled = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public Task Cancelled => _cancelled.Task;

    public string Version => "spinning";

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default)
    {
        if (!(input.Text ?? input.Html ?? string.Empty).Contains(Marker, StringComparison.Ordinal))
        {
            return new ScriptedExtractor().Extract(input, cancellationToken);
        }

        _started.TrySetResult();
        while (!cancellationToken.IsCancellationRequested)
        {
            Thread.SpinWait(1000);
        }

        _cancelled.TrySetResult();
        cancellationToken.ThrowIfCancellationRequested();
        throw new InvalidOperationException("unreachable");
    }
}
