using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Infrastructure.Http;

/// <summary>
/// Token buckets: every write (endpoints that need X-Api-Key) per key, and named policies for expensive reads and
/// previews per client address. A refused request gets 429 problem details with Retry-After.
/// </summary>
public static class RateLimits
{
    public const string ExpensiveReads = "expensive-reads";
    public const string Previews = "previews";

    public static IServiceCollection AddTimelineRateLimits(this IServiceCollection services)
    {
        services.AddOptions<RateLimitOptions>().BindConfiguration(RateLimitOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddRateLimiter(options =>
        {
            options.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            options.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                context.GetEndpoint()?.Metadata.GetMetadata<ApiKeyRequired>() is null
                    ? RateLimitPartition.GetNoLimiter(string.Empty)
                    : Bucket(context, "key:" + Hash(context.Request.Headers[ApiKeyFilter.Header].ToString()), o => o.WritesPerMinute));
            options.AddPolicy(ExpensiveReads, context => Bucket(context, "ip:" + context.Connection.RemoteIpAddress, o => o.ExpensiveReadsPerMinute));
            options.AddPolicy(Previews, context => Bucket(context, "ip:" + context.Connection.RemoteIpAddress, o => o.PreviewsPerMinute));
            options.OnRejected = async (rejected, cancellationToken) =>
            {
                var seconds = rejected.Lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter)
                    ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds))
                    : 60;
                var http = rejected.HttpContext;
                http.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
                await Problems.Status(StatusCodes.Status429TooManyRequests, "Too many requests",
                        $"This client has used its allowance for these requests; retry in {seconds} s.")
                    .ExecuteAsync(http);
            };
        });
        return services;
    }

    /// <summary>Puts an endpoint under a named limit and documents its 429.</summary>
    public static TBuilder RateLimited<TBuilder>(this TBuilder builder, string policy)
        where TBuilder : IEndpointConventionBuilder =>
        builder.RequireRateLimiting(policy).WithMetadata(new RateLimitedEndpoint());

    private static RateLimitPartition<string> Bucket(HttpContext context, string key, Func<RateLimitOptions, int> perMinute)
    {
        var limit = perMinute(context.RequestServices.GetRequiredService<IOptionsMonitor<RateLimitOptions>>().CurrentValue);
        return limit <= 0
            ? RateLimitPartition.GetNoLimiter(key)
            : RateLimitPartition.GetTokenBucketLimiter($"{key}:{limit}", _ => new TokenBucketRateLimiterOptions
            {
                TokenLimit = limit,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromMinutes(1) / limit,
                QueueLimit = 0,
                AutoReplenishment = true,
            });
    }

    // The partition key of a write; the key itself never stays in memory as plain text.
    private static string Hash(string apiKey) => Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(apiKey)))[..16];
}

/// <summary>Endpoint metadata: the endpoint answers 429 when its client is over a limit (read by the OpenAPI filter).</summary>
public sealed record RateLimitedEndpoint;
