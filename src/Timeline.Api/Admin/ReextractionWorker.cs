using System.Diagnostics;
using Microsoft.Extensions.Options;
using Timeline.Api.Articles;
using Timeline.Api.Infrastructure;
using Timeline.Data.Editing;
using Timeline.Extraction.Model;

namespace Timeline.Api.Admin;

/// <summary>
/// Runs re-extraction jobs in the background, in bounded batches: each article is re-extracted from its stored text
/// and its claims replaced in its own transaction (as an ingestion would); the job's cursor commits after each batch.
/// After a kill the next start finds the job running and goes on from the cursor; articles of the interrupted batch
/// already at the extractor's version are skipped, so running it again changes nothing.
/// </summary>
public sealed class ReextractionWorker(
    IServiceScopeFactory scopes, IOptionsMonitor<EditingOptions> options, ILogger<ReextractionWorker> logger) : BackgroundService
{
    private readonly SemaphoreSlim wake = new(0);

    /// <summary>A job was started: look now instead of at the next poll.</summary>
    public void Wake() => wake.Release();

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            try
            {
                await RunPendingAsync(stoppingToken);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                // The database may be away; try again at the next poll.
                logger.LogWarning(exception, "Re-extraction could not look for jobs");
            }

            await wake.WaitAsync(TimeSpan.FromSeconds(5), stoppingToken).ContinueWith(_ => { }, TaskScheduler.Default);
        }
    }

    private async Task RunPendingAsync(CancellationToken stoppingToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetRequiredService<ReextractionStore>();
        var version = scope.ServiceProvider.GetRequiredService<IArticleExtractor>().Version;
        while (await store.RunningAsync(version, stoppingToken) is { } job)
        {
            try
            {
                await RunAsync(store, job.Id, job.Cursor, stoppingToken);
                await store.FinishAsync(job.Id, "completed", null, stoppingToken);
                logger.LogInformation("Re-extraction {Job} completed", job.Id);
            }
            catch (Exception exception) when (!stoppingToken.IsCancellationRequested)
            {
                logger.LogError(exception, "Re-extraction {Job} failed", job.Id);
                await store.FinishAsync(job.Id, "failed", exception.Message, CancellationToken.None);
            }
        }
    }

    private async Task RunAsync(ReextractionStore store, Guid job, Guid? cursor, CancellationToken stoppingToken)
    {
        while (true)
        {
            var settings = options.CurrentValue;
            var batch = await store.NextBatchAsync(cursor, settings.ReextractionBatchSize, stoppingToken);
            if (batch.Count == 0)
            {
                return;
            }

            var started = Stopwatch.GetTimestamp();
            var changed = 0;
            await Parallel.ForEachAsync(batch, new ParallelOptions { MaxDegreeOfParallelism = settings.ReextractionParallelism, CancellationToken = stoppingToken },
                async (article, token) =>
                {
                    await using var scope = scopes.CreateAsyncScope();
                    if (await scope.ServiceProvider.GetRequiredService<IngestionService>().ReextractAsync(article, token))
                    {
                        Interlocked.Increment(ref changed);
                    }
                });
            cursor = batch[^1];
            await store.AdvanceAsync(job, cursor.Value, batch.Count, changed, Stopwatch.GetElapsedTime(started).TotalSeconds, stoppingToken);
        }
    }
}
