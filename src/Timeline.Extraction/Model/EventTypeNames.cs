namespace Timeline.Extraction.Model;

/// <summary>The event types as the public contract writes them ("export_control").</summary>
public static class EventTypeNames
{
    public static string Name(EventType type) => type == EventType.ExportControl ? "export_control" : type.ToString().ToLowerInvariant();

    public static EventType Parse(string name) => name == "export_control" ? EventType.ExportControl : Enum.Parse<EventType>(name, ignoreCase: true);
}
