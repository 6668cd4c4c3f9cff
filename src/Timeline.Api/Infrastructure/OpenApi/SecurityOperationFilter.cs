using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// Writes need the writer key and corrections the editor key (so Swagger UI's "Try it out" sends the right one after
/// Authorize); every other operation says explicitly that it needs nothing (<c>security: []</c>).
/// </summary>
public sealed class SecurityOperationFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        operation.Security = [];
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any())
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(OpenApiSetup.ApiKeyScheme, context.Document)] = [],
            });
        }
        else if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<EditorKeyRequired>().Any())
        {
            operation.Security.Add(new OpenApiSecurityRequirement
            {
                [new OpenApiSecuritySchemeReference(OpenApiSetup.EditorKeyScheme, context.Document)] = [],
            });
        }
    }
}
