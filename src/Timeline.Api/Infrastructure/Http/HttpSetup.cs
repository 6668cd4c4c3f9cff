using System.IO.Compression;
using Microsoft.AspNetCore.ResponseCompression;

namespace Timeline.Api.Infrastructure.Http;

/// <summary>What browsers and caches expect: CORS, gzip and brotli, HEAD, conditional GETs and rate limits.</summary>
public static class HttpSetup
{
    public static IServiceCollection AddTimelineHttp(this IServiceCollection services)
    {
        services.AddTimelineCors();
        services.AddTimelineRateLimits();
        services.AddResponseCompression(options =>
        {
            options.EnableForHttps = true;
            options.Providers.Add<BrotliCompressionProvider>();
            options.Providers.Add<GzipCompressionProvider>();
            options.MimeTypes = ResponseCompressionDefaults.MimeTypes.Concat(
                ["application/problem+json", "text/csv", "text/calendar", "application/atom+xml", "image/svg+xml"]);
        });
        services.Configure<BrotliCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        services.Configure<GzipCompressionProviderOptions>(o => o.Level = CompressionLevel.Fastest);
        return services;
    }

    /// <summary>Call before the endpoints; it places routing itself, after HEAD is turned into GET.</summary>
    public static WebApplication UseTimelineHttp(this WebApplication app)
    {
        app.UseMiddleware<HeadRequests>();
        app.UseResponseCompression();
        app.UseRouting();
        app.UseCors();
        app.UseRateLimiter();
        app.UseMiddleware<ConditionalGets>();
        return app;
    }
}
