using Timeline.Api.Events;
using Timeline.Extraction.Model;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks a string property whose values are the wire names of <see cref="EnumType"/>, so the document lists
/// them as an enum (the DTOs carry strings because the database does).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    public IReadOnlyList<string> Values => EnumType switch
    {
        _ when EnumType == typeof(EventType) => EventTypes.All,
        _ => Enum.GetNames(EnumType).Select(n => n.ToLowerInvariant()).ToList(),
    };
}
