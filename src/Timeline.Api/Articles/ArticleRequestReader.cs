using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Timeline.Api.Infrastructure;

namespace Timeline.Api.Articles;

/// <summary>
/// Reads the ingestion body by hand so every way it can be wrong becomes a problem response naming
/// the field (415, 413, 400) instead of a framework exception.
/// </summary>
public sealed class ArticleRequestReader(IOptions<IngestionOptions> options, IOptions<JsonOptions> json)
{
    public async Task<(ArticleRequest? Request, IResult? Problem)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        if (!http.HasJsonContentType())
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                "Send the article as application/json."));
        }

        var limit = options.Value.MaxBodyBytes;
        if (http.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await http.Body.ReadAsync(chunk, cancellationToken)) > 0)
        {
            buffer.Write(chunk, 0, read);
            if (buffer.Length > limit)
            {
                return (null, TooLarge(limit));
            }
        }

        if (buffer.Length == 0)
        {
            return (null, Problems.Invalid(StatusCodes.Status400BadRequest, "body", "The request body is empty; send a JSON object."));
        }

        try
        {
            var request = JsonSerializer.Deserialize<ArticleRequest>(buffer.ToArray(), json.Value.SerializerOptions);
            return request is null
                ? (null, Problems.Invalid(StatusCodes.Status400BadRequest, "body", "The body must be a JSON object, not null."))
                : (request, null);
        }
        catch (JsonException exception)
        {
            return (null, Describe(exception));
        }
    }

    private static IResult Describe(JsonException exception)
    {
        var field = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
        var wrongType = exception.Message.StartsWith("The JSON value could not be converted", StringComparison.Ordinal);
        // A string with a lone surrogate escape ("\ud800") fails inside the string converter: say so, not "wrong type".
        var badText = exception.InnerException is InvalidOperationException { Message: var inner } && inner.Contains("UTF", StringComparison.Ordinal);
        var message = (wrongType, badText, field) switch
        {
            (_, true, _) => $"'{field}' is not valid Unicode text (a lone surrogate escape or invalid UTF-8).",
            (true, _, "body") => "The body must be a JSON object.",
            (true, _, _) => $"'{field}' must be a JSON string or null.",
            _ => $"The body is not valid JSON: {Reason(exception)} (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1}).",
        };
        return Problems.Invalid(StatusCodes.Status400BadRequest, wrongType || badText ? field : "body", message);
    }

    /// <summary>System.Text.Json's own reason without its position suffix, e.g. "'x' is an invalid start of a value."</summary>
    private static string Reason(JsonException exception)
    {
        var text = exception.Message;
        var suffix = text.IndexOf(" Path:", StringComparison.Ordinal);
        return (suffix > 0 ? text[..suffix] : text).TrimEnd('.');
    }

    private static IResult TooLarge(long limit) => Problems.Status(StatusCodes.Status413PayloadTooLarge, "Article too large",
        $"The body is larger than the limit of {limit} bytes (Ingestion:MaxBodyBytes).");
}
