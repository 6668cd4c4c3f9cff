using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.Evaluation.Reporting;

public static class JsonReport
{
    public static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };
}
