using System.ComponentModel.DataAnnotations;

namespace Timeline.Api.Infrastructure.Http;

/// <summary>Settings under "Cors".</summary>
public sealed class CorsOptions
{
    public const string Section = "Cors";

    /// <summary>Origins (scheme://host[:port]) whose browser apps may call the API; none by default, "*" for any.</summary>
    public string[] AllowedOrigins { get; set; } = [];
}

/// <summary>Settings under "RateLimiting": requests per minute, 0 to switch a limit off.</summary>
public sealed class RateLimitOptions
{
    public const string Section = "RateLimiting";

    /// <summary>Writes (POST, DELETE) per minute per X-Api-Key value.</summary>
    [Range(0, 1_000_000)]
    public int WritesPerMinute { get; set; } = 600;

    /// <summary>Exports, feeds and facets per minute per client address.</summary>
    [Range(0, 1_000_000)]
    public int ExpensiveReadsPerMinute { get; set; } = 60;

    /// <summary>Extraction previews per minute per client address.</summary>
    [Range(0, 1_000_000)]
    public int PreviewsPerMinute { get; set; } = 30;
}
