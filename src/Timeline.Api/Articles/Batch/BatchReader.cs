using System.Text;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;
using Timeline.Api.Infrastructure;

namespace Timeline.Api.Articles.Batch;

/// <summary>
/// Reads a batch body: a JSON array of ingestion bodies (application/json) or one per line (application/x-ndjson).
/// Whole-body problems are answered at once (415, 413, 400); an element that is not a valid ingestion body only
/// rejects that element, so one bad article never costs the rest of the batch.
/// </summary>
public sealed class BatchReader(IOptions<IngestionOptions> options, IOptions<JsonOptions> json)
{
    public const string NdJson = "application/x-ndjson";

    /// <summary>Each element as a request, or the errors that reject it (keyed by field, as 422 details).</summary>
    public sealed record Element(ArticleRequest? Request, Dictionary<string, string[]>? Errors);

    public async Task<(List<Element>? Elements, IResult? Problem)> ReadAsync(HttpRequest http, CancellationToken cancellationToken)
    {
        var ndjson = http.ContentType?.StartsWith(NdJson, StringComparison.OrdinalIgnoreCase) == true;
        if (!ndjson && !http.HasJsonContentType())
        {
            return (null, Problems.Status(StatusCodes.Status415UnsupportedMediaType, "Unsupported content type",
                $"Send the batch as application/json (an array of articles) or {NdJson} (one article per line)."));
        }

        var limit = options.Value.MaxBatchBytes;
        if (http.ContentLength > limit)
        {
            return (null, TooLarge(limit));
        }

        if (http.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size)
        {
            size.MaxRequestBodySize = limit + 1;
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

        var bodies = new List<string>();
        if (ndjson)
        {
            bodies.AddRange(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length)
                .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0));
        }
        else
        {
            try
            {
                using var document = JsonDocument.Parse(buffer.ToArray());
                if (document.RootElement.ValueKind != JsonValueKind.Array)
                {
                    return (null, Problems.Invalid(StatusCodes.Status400BadRequest, "body", "The body must be a JSON array of articles."));
                }

                bodies.AddRange(document.RootElement.EnumerateArray().Select(e => e.GetRawText()));
            }
            catch (JsonException exception)
            {
                return (null, Problems.Invalid(StatusCodes.Status400BadRequest, "body",
                    $"The body is not valid JSON (line {exception.LineNumber + 1}, byte {exception.BytePositionInLine + 1})."));
            }
            catch (InvalidOperationException exception) when (exception.InnerException is DecoderFallbackException)
            {
                // The parser checks string contents only when they are read: invalid UTF-8 inside a string shows up here.
                return (null, Problems.Invalid(StatusCodes.Status400BadRequest, "body", "The body is not valid UTF-8 text."));
            }
        }

        if (bodies.Count == 0)
        {
            return (null, Problems.Invalid(StatusCodes.Status400BadRequest, "body", "The batch is empty; send at least one article."));
        }

        if (bodies.Count > options.Value.MaxBatchItems)
        {
            return (null, Problems.Invalid(StatusCodes.Status400BadRequest, "body",
                $"The batch holds {bodies.Count} articles; at most {options.Value.MaxBatchItems} (Ingestion:MaxBatchItems) are accepted."));
        }

        return (bodies.Select(Parse).ToList(), null);
    }

    private Element Parse(string body)
    {
        try
        {
            return JsonSerializer.Deserialize<ArticleRequest>(body, json.Value.SerializerOptions) is { } request
                ? new Element(request, null)
                : new Element(null, new() { ["body"] = ["An article must be a JSON object, not null."] });
        }
        catch (JsonException exception)
        {
            var field = exception.Path is { Length: > 2 } path && path.StartsWith("$.", StringComparison.Ordinal) ? path[2..] : "body";
            return new Element(null, new() { [field] = [field == "body" ? "Not a valid article JSON object." : $"'{field}' must be a JSON string or null."] });
        }
    }

    private static IResult TooLarge(long limit) => Problems.Status(StatusCodes.Status413PayloadTooLarge, "Batch too large",
        $"The body is larger than the limit of {limit} bytes (Ingestion:MaxBatchBytes).");
}
