using System.Collections.Concurrent;
using System.Globalization;
using System.Security.Cryptography;
using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Infrastructure.Http;

/// <summary>
/// ETag, Last-Modified and 304 for successful GETs of the API: the answer is buffered, its hash is a weak ETag
/// (weak because compression may change the bytes), and a matching If-None-Match (or, without one, an
/// If-Modified-Since not older than the answer) gets 304 with no body. Last-Modified is when this process first
/// served the current representation of the URL: the data has no single change time (a deleted source changes
/// events without a newer timestamp), and a representation seen unchanged since then was not modified since then.
/// Endpoints marked <see cref="Streamed"/> (exports of any size) are passed through.
/// </summary>
public sealed class ConditionalGets(RequestDelegate next)
{
    private const int MaxRemembered = 10_000;
    private static readonly ConcurrentDictionary<string, (string ETag, DateTimeOffset Since)> FirstServed = new(StringComparer.Ordinal);

    public async Task InvokeAsync(HttpContext context, TimeProvider clock)
    {
        if (!HttpMethods.IsGet(context.Request.Method)
            || !context.Request.Path.StartsWithSegments("/api")
            || context.GetEndpoint()?.Metadata.GetMetadata<Streamed>() is not null)
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        using var buffer = new MemoryStream();
        context.Response.Body = buffer;
        try
        {
            await next(context);
        }
        finally
        {
            context.Response.Body = body;
        }

        var response = context.Response;
        if (response.StatusCode == StatusCodes.Status200OK)
        {
            // An endpoint's own ETag (an event's version, which If-Match compares) stands; else the body's hash.
            var etag = response.Headers.ETag is { Count: > 0 } own ? own.ToString() : $"W/\"{Convert.ToBase64String(SHA256.HashData(buffer.GetBuffer().AsSpan(0, (int)buffer.Length)), 0, 18).Replace('+', '-').Replace('/', '_')}\"";
            var since = Remember(context.Request.Path + context.Request.QueryString, etag, clock.GetUtcNow());
            response.Headers.ETag = etag;
            response.Headers.LastModified = since.ToString("R", CultureInfo.InvariantCulture);
            response.Headers.CacheControl = "no-cache";
            if (NotModified(context.Request, etag, since))
            {
                response.StatusCode = StatusCodes.Status304NotModified;
                response.ContentLength = null;
                response.Headers.ContentType = default;
                return;
            }

            response.ContentLength = buffer.Length;
        }

        buffer.Position = 0;
        await buffer.CopyToAsync(body, context.RequestAborted);
    }

    private static bool NotModified(HttpRequest request, string etag, DateTimeOffset since)
    {
        var ifNoneMatch = request.GetTypedHeaders().IfNoneMatch;
        if (ifNoneMatch.Count > 0)
        {
            var current = EntityTagHeaderValue.Parse(etag);
            return ifNoneMatch.Any(tag => tag.Equals(EntityTagHeaderValue.Any) || tag.Compare(current, useStrongComparison: false));
        }

        return request.GetTypedHeaders().IfModifiedSince is { } ifModifiedSince && since <= ifModifiedSince;
    }

    private static DateTimeOffset Remember(string url, string etag, DateTimeOffset now)
    {
        var second = new DateTimeOffset(now.UtcTicks - now.UtcTicks % TimeSpan.TicksPerSecond, TimeSpan.Zero);
        if (FirstServed.Count > MaxRemembered)
        {
            FirstServed.Clear();
        }

        return FirstServed.AddOrUpdate(url, _ => (etag, second), (_, seen) => seen.ETag == etag ? seen : (etag, second)).Since;
    }
}

/// <summary>Endpoint metadata: the answer is streamed (no buffering, so no ETag).</summary>
public sealed record Streamed;
