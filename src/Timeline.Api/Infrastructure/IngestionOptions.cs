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
}
