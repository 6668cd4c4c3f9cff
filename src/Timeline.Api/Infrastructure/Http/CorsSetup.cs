using Microsoft.Extensions.Options;
using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Infrastructure.Http;

/// <summary>Cross-origin access for browser apps on the origins in Cors:AllowedOrigins (none by default).</summary>
public static class CorsSetup
{
    public static IServiceCollection AddTimelineCors(this IServiceCollection services)
    {
        services.AddOptions<CorsOptions>().BindConfiguration(CorsOptions.Section);
        services.AddCors();
        services.AddOptions<Microsoft.AspNetCore.Cors.Infrastructure.CorsOptions>()
            .Configure<IOptions<CorsOptions>>((cors, configured) => cors.AddDefaultPolicy(policy =>
            {
                var origins = configured.Value.AllowedOrigins.Where(o => !string.IsNullOrWhiteSpace(o)).Select(o => o.Trim().TrimEnd('/')).ToArray();
                if (origins.Contains("*"))
                {
                    policy.AllowAnyOrigin();
                }
                else
                {
                    policy.WithOrigins(origins);
                }

                policy.WithMethods(HttpMethods.Get, HttpMethods.Head, HttpMethods.Post, HttpMethods.Delete)
                    .WithHeaders(HeaderNames.ContentType, ApiKeyFilter.Header, HeaderNames.IfNoneMatch, HeaderNames.IfModifiedSince)
                    .WithExposedHeaders(HeaderNames.ETag, HeaderNames.LastModified, HeaderNames.Location, HeaderNames.RetryAfter, HeaderNames.ContentDisposition)
                    .SetPreflightMaxAge(TimeSpan.FromHours(1));
            }));
        return services;
    }
}
