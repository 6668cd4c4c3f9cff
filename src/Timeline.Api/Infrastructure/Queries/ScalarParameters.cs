using System.Globalization;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.OpenApi;
using Timeline.Extraction.Model;

namespace Timeline.Api.Infrastructure.Queries;

/// <summary>A whole number within [min, max].</summary>
public sealed class IntParameter(string name, string description, int min, int max, int defaultValue)
    : QueryParameter<int>(name, description, defaultValue)
{
    public override string? TryParse(IReadOnlyList<string> values, out int value) =>
        int.TryParse(values[0].Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out value) && value >= min && value <= max
            ? null
            : $"Must be a whole number from {min} to {max}.";

    public override OpenApiSchema Schema() => new()
    {
        Type = JsonSchemaType.Integer,
        Format = "int32",
        Minimum = min.ToString(CultureInfo.InvariantCulture),
        Maximum = max.ToString(CultureInfo.InvariantCulture),
        Default = JsonValue.Create(Default),
    };
}

/// <summary>A date at any precision, YYYY-MM-DD, YYYY-MM or YYYY, between <see cref="MinYear"/> and <see cref="MaxYear"/>.</summary>
public sealed partial class DateParameter(string name, string description, string example)
    : QueryParameter<EventDate?>(name, description, null)
{
    public const int MinYear = 1900;
    public const int MaxYear = 2100;
    public const string Pattern = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?$";

    public override JsonNode? Example => JsonValue.Create(example);

    public override string? TryParse(IReadOnlyList<string> values, out EventDate? value)
    {
        value = null;
        var raw = values[0].Trim();
        if (!DateShape().IsMatch(raw))
        {
            return "Must be a date: YYYY-MM-DD, YYYY-MM or YYYY.";
        }

        var year = int.Parse(raw.AsSpan(0, 4), CultureInfo.InvariantCulture);
        if (year is < MinYear or > MaxYear)
        {
            return $"Must be a date from {MinYear} to {MaxYear}.";
        }

        if (!EventDate.TryParse(raw, out var date))
        {
            return "Must be a real calendar date: YYYY-MM-DD, YYYY-MM or YYYY.";
        }

        value = date;
        return null;
    }

    public override OpenApiSchema Schema() => new() { Type = JsonSchemaType.String, Pattern = Pattern };

    [GeneratedRegex(Pattern, RegexOptions.CultureInvariant)]
    private static partial Regex DateShape();
}

/// <summary>A UUID such as an article id.</summary>
public sealed class GuidParameter(string name, string description, string what)
    : QueryParameter<Guid?>(name, description, null)
{
    public override string? TryParse(IReadOnlyList<string> values, out Guid? value)
    {
        value = Guid.TryParse(values[0].Trim(), out var id) ? id : null;
        return value is null ? $"Must be {what} (a UUID)." : null;
    }

    public override OpenApiSchema Schema() => new() { Type = JsonSchemaType.String, Format = "uuid" };
}

/// <summary>true or false, nothing else.</summary>
public sealed class BoolParameter(string name, string description, bool defaultValue)
    : QueryParameter<bool>(name, description, defaultValue)
{
    public override string? TryParse(IReadOnlyList<string> values, out bool value)
    {
        var raw = values[0].Trim();
        value = string.Equals(raw, "true", StringComparison.OrdinalIgnoreCase);
        return value || string.Equals(raw, "false", StringComparison.OrdinalIgnoreCase) ? null : "Must be true or false.";
    }

    public override OpenApiSchema Schema() => new() { Type = JsonSchemaType.Boolean, Default = JsonValue.Create(Default) };
}

/// <summary>An opaque page cursor handed out by the API; <paramref name="decode"/> returns null for anything else.</summary>
public sealed class CursorParameter<T>(string name, string description, Func<string, T?> decode)
    : QueryParameter<T?>(name, description, default)
    where T : struct
{
    public const int MaxLength = 200;

    public override string? TryParse(IReadOnlyList<string> values, out T? value)
    {
        var raw = values[0].Trim();
        value = raw.Length <= MaxLength ? decode(raw) : null;
        return value is null ? "Not a cursor from this API; pass nextCursor from the previous page." : null;
    }

    public override OpenApiSchema Schema() => new() { Type = JsonSchemaType.String, MaxLength = MaxLength };
}
