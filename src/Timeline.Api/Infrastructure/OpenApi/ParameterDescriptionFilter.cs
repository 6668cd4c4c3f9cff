using System.ComponentModel;
using System.Reflection;
using Microsoft.AspNetCore.Mvc.Infrastructure;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>Copies [Description] of query parameters (also inside [AsParameters] records) into the document.</summary>
public sealed class ParameterDescriptionFilter : IOperationFilter
{
    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        foreach (var description in context.ApiDescription.ParameterDescriptions)
        {
            var text = (description.ParameterDescriptor as IParameterInfoParameterDescriptor)?.ParameterInfo
                .GetCustomAttribute<DescriptionAttribute>()?.Description;
            var parameter = operation.Parameters?.FirstOrDefault(p => string.Equals(p.Name, description.Name, StringComparison.OrdinalIgnoreCase));
            if (text is not null && parameter is OpenApiParameter concrete && string.IsNullOrEmpty(concrete.Description))
            {
                concrete.Description = text;
            }
        }
    }
}
