using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Timeline.Api.Infrastructure.Queries;

/// <summary>Free text, trimmed; bounded in length and free of control characters (PostgreSQL refuses NUL).</summary>
public sealed class TextParameter(string name, string description, int maxLength, string? example = null)
    : QueryParameter<string?>(name, description, null)
{
    public int MaxLength { get; } = maxLength;

    public override JsonNode? Example => example is null ? null : JsonValue.Create(example);

    public override string? TryParse(IReadOnlyList<string> values, out string? value)
    {
        value = null;
        var message = Text.Check(values[0], MaxLength);
        var trimmed = values[0].Trim();
        if (message is null && trimmed.Length > 0)
        {
            value = trimmed;
        }

        return message;
    }

    public override OpenApiSchema Schema() => new() { Type = JsonSchemaType.String, MaxLength = MaxLength };
}

/// <summary>A text parameter that may be repeated, each value meaning one more condition.</summary>
public sealed class TextListParameter(string name, string description, int maxRepeats, int maxLength, string? example = null)
    : QueryParameter<IReadOnlyList<string>>(name, description, [])
{
    public override int MaxRepeats { get; } = maxRepeats;

    public override JsonNode? Example => example is null ? null : new JsonArray(JsonValue.Create(example));

    public override string? TryParse(IReadOnlyList<string> values, out IReadOnlyList<string> value)
    {
        value = [];
        foreach (var raw in values)
        {
            if (Text.Check(raw, maxLength) is { } message)
            {
                return message;
            }
        }

        value = values.Select(v => v.Trim()).Where(v => v.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        return null;
    }

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Array,
        MaxItems = MaxRepeats,
        Items = new OpenApiSchema { Type = JsonSchemaType.String, MaxLength = maxLength },
    };
}

internal static class Text
{
    public static string? Check(string value, int maxLength) =>
        value.Length > maxLength ? $"At most {maxLength} characters."
        : value.Any(char.IsControl) ? "Must not contain control characters (such as NUL)."
        : null;
}
