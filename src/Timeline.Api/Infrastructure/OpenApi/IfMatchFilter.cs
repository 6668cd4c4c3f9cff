using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// The If-Match header of the corrections, which their handlers read themselves: required by PATCH (428 without it),
/// optional elsewhere (412 when stale), so Swagger UI's "Try it out" has a field for it.
/// </summary>
public sealed class IfMatchFilter : IOperationFilter
{
    private static readonly HashSet<string> Optional = ["HideEvent", "RestoreEvent", "VerifyEvent", "MergeEvents", "SplitEvent"];

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var required = operation.OperationId == "CorrectEvent";
        if (!required && !Optional.Contains(operation.OperationId ?? string.Empty))
        {
            return;
        }

        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-Match",
            In = ParameterLocation.Header,
            Required = required,
            Description = required
                ? "The event's ETag as you read it (GET /api/v1/events/{id}), e.g. \"3\" with the quotes: 428 without it, 412 when the event changed since."
                : "Optional: the event's ETag as you read it; 412 when the event changed since.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            Example = JsonValue.Create("\"1\""),
        });
    }
}
