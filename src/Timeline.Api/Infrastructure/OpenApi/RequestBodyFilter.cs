using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>The request body of endpoints marked with <see cref="DocumentedRequestBody"/>, in each of its content types.</summary>
public sealed class RequestBodyFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<DocumentedRequestBody>().LastOrDefault() is { } body)
        {
            var schema = context.SchemaGenerator.GenerateSchema(body.Type, context.SchemaRepository);
            operation.RequestBody = new OpenApiRequestBody
            {
                Required = true,
                Content = body.ContentTypes.ToDictionary(type => type, _ => new OpenApiMediaType { Schema = schema }),
            };
        }
    }
}
