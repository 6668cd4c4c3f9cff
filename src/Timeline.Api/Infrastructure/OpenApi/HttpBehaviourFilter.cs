using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Timeline.Api.Infrastructure.Http;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// Documents what the HTTP middleware adds: ETag/Last-Modified and 304 on buffered GETs, 429 with Retry-After on
/// rate-limited operations (every write, and the reads marked <see cref="RateLimitedEndpoint"/>).
/// </summary>
public sealed class HttpBehaviourFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var metadata = context.ApiDescription.ActionDescriptor.EndpointMetadata;
        operation.Responses ??= [];
        if (context.ApiDescription.HttpMethod == "GET" && !metadata.OfType<Streamed>().Any()
            && operation.Responses.TryGetValue("200", out var ok) && ok is OpenApiResponse success)
        {
            success.Headers ??= new Dictionary<string, IOpenApiHeader>();
            success.Headers["ETag"] = Header("A weak validator of this answer; send it back in If-None-Match to get 304 when nothing changed.");
            success.Headers["Last-Modified"] = Header("Send it back in If-Modified-Since to get 304 when nothing changed.");
            operation.Responses["304"] = new OpenApiResponse { Description = "Not modified: the answer still matches If-None-Match (or If-Modified-Since)." };
        }

        if (metadata.OfType<RateLimitedEndpoint>().Any() || metadata.OfType<ApiKeyRequired>().Any())
        {
            var problem = context.SchemaGenerator.GenerateSchema(typeof(Microsoft.AspNetCore.Mvc.ProblemDetails), context.SchemaRepository);
            operation.Responses["429"] = new OpenApiResponse
            {
                Description = "Too many requests from this client (or with this key); retry after Retry-After seconds.",
                Headers = new Dictionary<string, IOpenApiHeader> { ["Retry-After"] = Header("Seconds to wait before retrying.", JsonSchemaType.Integer) },
                Content = new Dictionary<string, OpenApiMediaType> { ["application/problem+json"] = new() { Schema = problem } },
            };
        }
    }

    private static OpenApiHeader Header(string description, JsonSchemaType type = JsonSchemaType.String) =>
        new() { Description = description, Schema = new OpenApiSchema { Type = type } };
}
