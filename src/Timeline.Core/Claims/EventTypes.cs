using System.Text.Json;
using Timeline.Extraction.Model;

namespace Timeline.Core.Claims;

/// <summary>The wire names of event types, dates and actor kinds (API.md).</summary>
public static class EventTypes
{
    public static readonly IReadOnlyList<string> All =
        Enum.GetValues<EventType>().Select(ToApi).ToList();

    public static string ToApi(EventType type) => type switch
    {
        EventType.ExportControl => "export_control",
        _ => type.ToString().ToLowerInvariant(),
    };

    public static string ToApi(DatePrecision precision) => precision.ToString().ToLowerInvariant();

    public static string ToApi(ActorKind kind) => kind.ToString().ToLowerInvariant();

    public static string ToApi(DocumentDateRule rule) => JsonNamingPolicy.SnakeCaseLower.ConvertName(rule.ToString());

    public static EventDate? ToEventDate(DateOnly? earliest, DateOnly? latest, string? precision) =>
        earliest is { } from && latest is { } to && precision is not null ? EventDate.Covering(from, to) : null;
}
