using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// Makes response schemas say what the JSON really holds: every property of an answer is always present (null
/// included) unless it is marked to be left out when null, so those are required; string properties with a fixed vocabulary get their enum.
/// </summary>
public sealed class ContractSchemaFilter : ISchemaFilter
{
    public void Apply(IOpenApiSchema schema, SchemaFilterContext context)
    {
        if (schema is not OpenApiSchema concrete)
        {
            return;
        }

        // A field's value in corrections and history is any JSON (a string, a list, null): no type, so no "nullable" alone.
        if (context.Type == typeof(JsonElement) || Nullable.GetUnderlyingType(context.Type) == typeof(JsonElement))
        {
            concrete.Type = null;
            return;
        }

        if (context.MemberInfo?.GetCustomAttribute<WireEnumAttribute>() is { } wire)
        {
            concrete.Enum = wire.Values.Select(v => (JsonNode)JsonValue.Create(v)).ToList();
        }

        if (IsAnswer(context.Type) && concrete.Properties is { Count: > 0 } properties)
        {
            var omittable = context.Type.GetProperties()
                .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not null)
                .Select(p => p.GetCustomAttribute<JsonPropertyNameAttribute>()?.Name ?? JsonNamingPolicy.CamelCase.ConvertName(p.Name))
                .ToHashSet(StringComparer.Ordinal);
            concrete.Required = new SortedSet<string>(properties.Keys.Where(k => !omittable.Contains(k)), StringComparer.Ordinal);
        }
    }

    // Our own records that the API writes; requests (…Request) keep their optional fields.
    private static bool IsAnswer(Type type) =>
        type.Assembly == typeof(ContractSchemaFilter).Assembly
        && type.Namespace?.StartsWith("Timeline.Api", StringComparison.Ordinal) == true
        && !type.Name.EndsWith("Request", StringComparison.Ordinal);
}
