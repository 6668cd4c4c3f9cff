using System.ComponentModel.DataAnnotations;

namespace Timeline.Api.Infrastructure;

/// <summary>Settings under "Ingestion".</summary>
public sealed class IngestionOptions
{
    public const string Section = "Ingestion";

    /// <summary>Keys accepted in X-Api-Key for writes. With none configured, every write is refused.</summary>
    public string[] ApiKeys { get; set; } = [];

    /// <summary>Largest accepted request body for POST /api/v1/articles.</summary>
    [Range(1024, 1L << 30)]
    public long MaxBodyBytes { get; set; } = 5 * 1024 * 1024;

    /// <summary>Most articles in one POST /api/v1/articles/batch.</summary>
    [Range(1, 100_000)]
    public int MaxBatchItems { get; set; } = 1000;

    /// <summary>Largest accepted body for POST /api/v1/articles/batch.</summary>
    [Range(1024, 1L << 34)]
    public long MaxBatchBytes { get; set; } = 64 * 1024 * 1024;

    /// <summary>How many articles of one batch are extracted and stored at the same time.</summary>
    [Range(1, 64)]
    public int BatchParallelism { get; set; } = 4;

    /// <summary>
    /// Longest time the extraction of one article may take; an article that needs longer is refused with 422.
    /// Articles take milliseconds; the budget bounds what hostile or broken pages can cost. For a single article
    /// (POST /api/v1/articles, /api/v1/extract) the time spent reading and checking the body counts too.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00.001", "00:10:00")]
    public TimeSpan ExtractionBudget { get; set; } = TimeSpan.FromSeconds(1.5);
}
