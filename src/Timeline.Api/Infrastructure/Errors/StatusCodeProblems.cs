using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http.Features;

namespace Timeline.Api.Infrastructure.Errors;

/// <summary>Problem details for the error answers the framework makes without a body (no route, wrong method, ...).</summary>
public static class StatusCodeProblems
{
    public static async Task WriteAsync(StatusCodeContext context)
    {
        var http = context.HttpContext;
        var request = http.Request;
        var path = request.Path.Value;
        var (title, detail) = http.Response.StatusCode switch
        {
            StatusCodes.Status404NotFound => ("Not found", $"Nothing is served at {path}; the API lives under /api/v1 (see /swagger)."),
            StatusCodes.Status405MethodNotAllowed => ("Method not allowed", $"{path} does not accept {request.Method}; it accepts {Allowed(http)}."),
            StatusCodes.Status415UnsupportedMediaType => ("Unsupported content type",
                $"{path} does not accept Content-Type '{request.ContentType}'; send application/json."),
            StatusCodes.Status400BadRequest => ("Bad request", $"The request to {path} is malformed."),
            var status => (ReasonPhrase(http, status), $"{request.Method} {path} answered {status}."),
        };
        await TypedResults.Problem(statusCode: http.Response.StatusCode, title: title, detail: detail).ExecuteAsync(http);
    }

    private static string Allowed(HttpContext http) =>
        http.Response.Headers.Allow.ToString() is { Length: > 0 } allow ? allow : "other methods";

    private static string ReasonPhrase(HttpContext http, int status) =>
        http.Features.Get<IHttpResponseFeature>()?.ReasonPhrase
        ?? Microsoft.AspNetCore.WebUtilities.ReasonPhrases.GetReasonPhrase(status);
}
