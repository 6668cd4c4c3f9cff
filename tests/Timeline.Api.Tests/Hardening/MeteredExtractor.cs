using Timeline.Extraction;
using Timeline.Extraction.Model;
using Timeline.Testing;

namespace Timeline.Api.Tests.Hardening;

/// <summary>
/// The real extractor, watched: when a call started, whether it ended by cancellation, and how much processor time
/// its thread spent in it (extraction runs synchronously on one thread).
/// </summary>
public sealed class MeteredExtractor : IArticleExtractor
{
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();
    private readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly TaskCompletionSource<(bool Cancelled, TimeSpan Processor)> _ended = new(TaskCreationOptions.RunContinuationsAsynchronously);

    public Task Started => _started.Task;

    public Task<(bool Cancelled, TimeSpan Processor)> Ended => _ended.Task;

    public string Version => _extractor.Version;

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var start = ThreadCpu.Now();
        _started.TrySetResult();
        try
        {
            var result = _extractor.Extract(input, cancellationToken);
            _ended.TrySetResult((false, ThreadCpu.Now() - start));
            return result;
        }
        catch (OperationCanceledException)
        {
            _ended.TrySetResult((true, ThreadCpu.Now() - start));
            throw;
        }
    }
}
