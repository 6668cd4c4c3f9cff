using Microsoft.EntityFrameworkCore;
using Timeline.Data.Entities;

namespace Timeline.Data.Editing;

/// <summary>Re-extraction jobs: started, advanced batch by batch (the cursor commits after each batch), finished.</summary>
public sealed class ReextractionStore(TimelineDbContext db, TimeProvider clock)
{
    /// <summary>The running job for this extractor version, or a new one over every stored article.</summary>
    public async Task<(ReextractionJob Job, bool Started)> StartAsync(string version, string editor, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.Database.ExecuteSqlRawAsync("LOCK TABLE reextraction_jobs IN EXCLUSIVE MODE", cancellationToken);
        if (await db.ReextractionJobs.AsNoTracking().FirstOrDefaultAsync(j => j.State == "running", cancellationToken) is { } running)
        {
            if (running.ExtractorVersion == version)
            {
                return (running, false);
            }

            // A job of an older extractor is superseded: this one re-extracts everything anyway.
            await db.ReextractionJobs.Where(j => j.Id == running.Id).ExecuteUpdateAsync(s => s
                .SetProperty(j => j.State, "failed")
                .SetProperty(j => j.Error, $"Superseded by a job of extractor {version}.")
                .SetProperty(j => j.FinishedAt, clock.GetUtcNow()), cancellationToken);
        }

        var now = clock.GetUtcNow();
        var job = new ReextractionJob
        {
            Id = Guid.CreateVersion7(),
            State = "running",
            ExtractorVersion = version,
            Total = await db.Articles.CountAsync(cancellationToken),
            RequestedBy = editor,
            StartedAt = now,
            UpdatedAt = now,
        };
        db.ReextractionJobs.Add(job);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return (job, true);
    }

    public Task<ReextractionJob?> FindAsync(Guid id, CancellationToken cancellationToken) =>
        db.ReextractionJobs.AsNoTracking().FirstOrDefaultAsync(j => j.Id == id, cancellationToken);

    /// <summary>The running job of this extractor version (a process with another version leaves it to its own kind).</summary>
    public Task<ReextractionJob?> RunningAsync(string version, CancellationToken cancellationToken) =>
        db.ReextractionJobs.AsNoTracking().OrderBy(j => j.StartedAt)
            .FirstOrDefaultAsync(j => j.State == "running" && j.ExtractorVersion == version, cancellationToken);

    /// <summary>The next articles after the cursor, in id order.</summary>
    public Task<List<Guid>> NextBatchAsync(Guid? cursor, int size, CancellationToken cancellationToken)
    {
        var articles = db.Articles.AsNoTracking();
        if (cursor is { } after)
        {
            articles = articles.Where(a => a.Id.CompareTo(after) > 0);
        }

        return articles.OrderBy(a => a.Id).Select(a => a.Id).Take(size).ToListAsync(cancellationToken);
    }

    public Task AdvanceAsync(Guid id, Guid cursor, int done, int changed, double seconds, CancellationToken cancellationToken) =>
        db.ReextractionJobs.Where(j => j.Id == id && j.State == "running").ExecuteUpdateAsync(s => s
            .SetProperty(j => j.Cursor, cursor)
            .SetProperty(j => j.Done, j => Math.Min(j.Total, j.Done + done))
            .SetProperty(j => j.Changed, j => j.Changed + changed)
            .SetProperty(j => j.Seconds, j => j.Seconds + seconds)
            .SetProperty(j => j.UpdatedAt, clock.GetUtcNow()), cancellationToken);

    public Task FinishAsync(Guid id, string state, string? error, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        return db.ReextractionJobs.Where(j => j.Id == id).ExecuteUpdateAsync(s => s
            .SetProperty(j => j.State, state)
            .SetProperty(j => j.Error, error)
            .SetProperty(j => j.Done, j => state == "completed" ? j.Total : j.Done)
            .SetProperty(j => j.UpdatedAt, now)
            .SetProperty(j => j.FinishedAt, now), cancellationToken);
    }
}
