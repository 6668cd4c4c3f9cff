using System.Globalization;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Timeline.Api.Articles;
using Timeline.Api.Infrastructure.Queries;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// A real example on every response: answers captured from the sample articles (examples.json, written by
/// scripts/openapi-examples.py), and problem details produced by the same code that answers bad requests.
/// </summary>
public sealed class ResponseExampleFilter : IOperationFilter
{
    private static readonly Lazy<JsonObject> Captured = new(() =>
    {
        using var stream = typeof(ResponseExampleFilter).Assembly.GetManifestResourceStream("Timeline.Api.examples.json")
            ?? throw new InvalidOperationException("The examples resource is missing.");
        return JsonNode.Parse(stream)!.AsObject();
    });

    private static readonly Dictionary<string, (string Title, string Detail)> NotFound = new()
    {
        ["GetEvent"] = ("Event not found", "No event has id 0193a5c4-5a3e-7d6e-9b3c-1f2e3d4c5b6a."),
        ["GetArticle"] = ("Article not found", "No article has id 0193a5c4-5a3e-7d6e-9b3c-1f2e3d4c5b6a."),
        ["DeleteArticle"] = ("Article not found", "No article has id 0193a5c4-5a3e-7d6e-9b3c-1f2e3d4c5b6a."),
        ["GetActor"] = ("Actor not found", "No actor has id 'nobody'."),
        ["GetEventHistory"] = ("Event not found", "No event has id 0193a5c4-5a3e-7d6e-9b3c-1f2e3d4c5b6a, and none had."),
        ["GetReextraction"] = ("Job not found", "No re-extraction job has id 0193a5c4-5a3e-7d6e-9b3c-1f2e3d4c5b6a."),
    };

    /// <summary>The editing operations: their problems speak of editor keys, versions and reasons.</summary>
    private static readonly HashSet<string> Editing =
        ["CorrectEvent", "AddEvent", "HideEvent", "RestoreEvent", "VerifyEvent", "MergeEvents", "SplitEvent", "StartReextraction", "GetReextraction"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var id = operation.OperationId ?? string.Empty;
        if (id == "ExportEvents")
        {
            DescribeExportFormats(operation);
        }

        var spec = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QuerySpec>().LastOrDefault();
        foreach (var (status, response) in operation.Responses ?? [])
        {
            foreach (var (mediaType, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                if (media is OpenApiMediaType concrete && concrete.Example is null)
                {
                    concrete.Example = mediaType == "application/problem+json"
                        ? Problem(id, status, spec)
                        : Answer(id, status, mediaType);
                }
            }
        }
    }

    private static JsonNode? Answer(string operation, string status, string mediaType) =>
        Captured.Value[operation]?[status] is { } captured
            ? (captured is JsonObject byType && byType[mediaType] is { } forType ? forType : captured).DeepClone()
            : null;

    private static JsonNode Problem(string operation, string status, QuerySpec? spec) => status switch
    {
        "400" when operation is "IngestArticle" or "PreviewExtraction" =>
            Validation(400, new() { ["body"] = ["The request body is empty; send a JSON object."] }),
        "400" => Validation(400, new QueryReader(new QueryCollection(new Dictionary<string, StringValues> { ["typ"] = "call" }), spec?.Parameters ?? []).Errors
            .ToDictionary()),
        "422" when Editing.Contains(operation) =>
            Validation(422, new() { ["reason"] = ["Say why (a member \"reason\" of the body): it goes into the event's history."] }),
        "401" when Editing.Contains(operation) => Plain(401, "Missing or wrong editor key", $"Corrections need an editor key in the {ApiKeyFilter.Header} header."),
        "403" => Plain(403, "Not an editor key", "This key may add articles, not correct events; corrections need an editor key (Editing:Keys) in the X-Api-Key header."),
        "404" when Editing.Contains(operation) => Plain(404, "Event not found", "No event has id 0193a5c4-5a3e-7d6e-9b3c-1f2e3d4c5b6a."),
        "409" => Plain(409, "Conflict", "The event is hidden already."),
        "412" => Plain(412, "The event changed meanwhile", "The event changed since you read it (it is at version 4); read it again and redo your change."),
        "428" => Plain(428, "If-Match required", "Send the ETag of the event as you read it in If-Match, so a change made meanwhile by someone else is not overwritten."),
        "422" => Validation(422, ArticleValidator.Validate(new ArticleRequest(null, null, null, null, null, null, null)).Errors),
        "401" => Plain(401, "Missing or wrong API key", $"Writes need a valid key in the {ApiKeyFilter.Header} header."),
        "404" when NotFound.TryGetValue(operation, out var missing) => Plain(404, missing.Title, missing.Detail),
        "406" => Plain(406, "Not acceptable", "Exports are text/csv, application/json (TimelineJS) or text/calendar; ask for one in Accept or with format=."),
        "413" => Plain(413, "Article too large", "The body is larger than the limit of 5242880 bytes (Ingestion:MaxBodyBytes)."),
        "415" => Plain(415, "Unsupported content type", "Send the article as application/json."),
        "429" => Plain(429, "Too many requests", "This client has used its allowance for these requests; retry in 2 s."),
        // A status added elsewhere still gets an example (its standard reason), so the document never fails to build.
        _ => Plain(int.Parse(status, CultureInfo.InvariantCulture), ReasonPhrases.GetReasonPhrase(int.Parse(status, CultureInfo.InvariantCulture)), null),
    };

    private static JsonObject Plain(int status, string title, string? detail) => new()
    {
        ["type"] = TypeOf(status),
        ["title"] = title,
        ["status"] = status,
        ["detail"] = detail,
    };

    private static JsonObject Validation(int status, Dictionary<string, string[]> errors) => new()
    {
        ["type"] = TypeOf(status),
        ["title"] = "One or more validation errors occurred.",
        ["status"] = status,
        ["errors"] = new JsonObject(errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)new JsonArray(e.Value.Select(m => (JsonNode)JsonValue.Create(m)).ToArray())))),
    };

    private static string TypeOf(int status) => status switch
    {
        400 => "https://tools.ietf.org/html/rfc9110#section-15.5.1",
        401 => "https://tools.ietf.org/html/rfc9110#section-15.5.2",
        403 => "https://tools.ietf.org/html/rfc9110#section-15.5.4",
        404 => "https://tools.ietf.org/html/rfc9110#section-15.5.5",
        409 => "https://tools.ietf.org/html/rfc9110#section-15.5.10",
        412 => "https://tools.ietf.org/html/rfc9110#section-15.5.13",
        406 => "https://tools.ietf.org/html/rfc9110#section-15.5.7",
        413 => "https://tools.ietf.org/html/rfc9110#section-15.5.14",
        415 => "https://tools.ietf.org/html/rfc9110#section-15.5.16",
        422 => "https://tools.ietf.org/html/rfc9110#section-15.5.21",
        _ => "https://tools.ietf.org/html/rfc6585#section-" + (status == 428 ? "3" : "4"),
    };

    // One status, three formats: the CSV and iCalendar bodies are text, the TimelineJS body has a schema.
    private static void DescribeExportFormats(OpenApiOperation operation)
    {
        if (operation.Responses?.TryGetValue("200", out var ok) == true && ok is OpenApiResponse response && response.Content is { } content)
        {
            content["text/csv"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
            content["text/calendar"] = new OpenApiMediaType { Schema = new OpenApiSchema { Type = JsonSchemaType.String } };
        }
    }
}
