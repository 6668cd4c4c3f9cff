using System.Text.Json.Nodes;
using Microsoft.OpenApi;

namespace Timeline.Api.Infrastructure.Queries;

/// <summary>
/// One query-string parameter: its wire name, its documentation and how a raw value is parsed. The same object
/// validates requests and writes the OpenAPI parameter, so the two cannot disagree.
/// </summary>
public abstract class QueryParameter(string name, string description)
{
    public string Name { get; } = name;

    public string Description { get; } = description;

    /// <summary>How many times the parameter may appear in one query string.</summary>
    public virtual int MaxRepeats => 1;

    /// <summary>Whether a list is sent as repeated parameters (true) or comma-separated in one (false).</summary>
    public virtual bool Explode => true;

    public virtual JsonNode? Example => null;

    public abstract OpenApiSchema Schema();
}

/// <summary>A parameter whose raw value(s) parse to <typeparamref name="T"/>; an absent parameter reads as <see cref="Default"/>.</summary>
public abstract class QueryParameter<T>(string name, string description, T defaultValue) : QueryParameter(name, description)
{
    public T Default { get; } = defaultValue;

    /// <summary>Parses every value given for the parameter (at least one); returns an error message when they are wrong.</summary>
    public abstract string? TryParse(IReadOnlyList<string> values, out T value);
}
