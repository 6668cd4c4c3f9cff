using System.Text.Json;
using Timeline.Api.Events;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// Marks a string property whose values are the wire names of <see cref="EnumType"/>, so the document lists
/// them as an enum (the DTOs carry strings because the database does).
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class WireEnumAttribute(Type enumType) : Attribute
{
    public Type EnumType { get; } = enumType;

    /// <summary>snake_case names, as <see cref="EventTypes"/> writes them (export_control, published_at).</summary>
    public IReadOnlyList<string> Values => Enum.GetNames(EnumType).Select(JsonNamingPolicy.SnakeCaseLower.ConvertName).ToList();
}
