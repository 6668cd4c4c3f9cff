using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;
using Timeline.Api.Infrastructure.Queries;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>Documents the query parameters of endpoints bound through a query model, from the same objects that validate them.</summary>
public sealed class QueryParameterFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        var spec = context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<QuerySpec>().LastOrDefault();
        if (spec is null)
        {
            return;
        }

        operation.Parameters ??= [];
        var modelTypes = context.ApiDescription.ParameterDescriptions
            .Where(p => p.Type is not null && typeof(IQueryModel).IsAssignableFrom(p.Type))
            .Select(p => p.Name)
            .ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var bound in operation.Parameters.Where(p => p.Name is not null && modelTypes.Contains(p.Name)).ToList())
        {
            operation.Parameters.Remove(bound);
        }

        foreach (var parameter in spec.Parameters)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = parameter.Name,
                In = ParameterLocation.Query,
                Description = parameter.Description,
                Required = false,
                Style = ParameterStyle.Form,
                Explode = parameter.Explode,
                Schema = parameter.Schema(),
                Example = parameter.Example,
            });
        }
    }
}
