using Microsoft.Net.Http.Headers;

namespace Timeline.Api.Page;

/// <summary>
/// The timeline page (wwwroot: index.html, timeline.js, timeline.css) at / and /timeline: a journalist who has just
/// started the service sees the timeline in a browser. Everything is same-origin, so the page's policy forbids
/// any other source.
/// </summary>
public static class TimelinePage
{
    public const string Policy = "default-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";

    public static WebApplication UseTimelinePage(this WebApplication app)
    {
        app.UseDefaultFiles();
        app.UseStaticFiles(new StaticFileOptions
        {
            OnPrepareResponse = context =>
            {
                var headers = context.Context.Response.Headers;
                headers.CacheControl = "no-cache";
                headers.XContentTypeOptions = "nosniff";
                if (context.File.Name.EndsWith(".html", StringComparison.Ordinal))
                {
                    headers.ContentSecurityPolicy = Policy;
                }
            },
        });
        return app;
    }

    public static void MapTimelinePage(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/timeline", (IWebHostEnvironment environment, HttpContext context) =>
            {
                context.Response.Headers.ContentSecurityPolicy = Policy;
                context.Response.Headers.CacheControl = "no-cache";
                return TypedResults.File(environment.WebRootFileProvider.GetFileInfo("index.html").CreateReadStream(), "text/html; charset=utf-8");
            })
            .ExcludeFromDescription();
}
