using System.Text;
using System.Text.Json;

namespace Timeline.Training.Labels;

/// <summary>
/// Reads and writes label files: training/labels/&lt;folder&gt;/&lt;article&gt;.json. Each candidate is written on one line, so a
/// correction is a one-line diff and a reviewer edits a line, not a tree.
/// </summary>
public static class LabelStore
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = System.Text.Json.Serialization.JsonIgnoreCondition.Never,
    };

    public static string PathOf(string labelRoot, string goldName) => Path.Combine(labelRoot, goldName);

    public static LabelFile? TryRead(string path) =>
        File.Exists(path) ? JsonSerializer.Deserialize<LabelFile>(File.ReadAllText(path), Json) : null;

    public static IEnumerable<(string Path, LabelFile File)> ReadAll(string labelRoot) =>
        Directory.EnumerateFiles(labelRoot, "*.json", SearchOption.AllDirectories)
            .Order(StringComparer.Ordinal)
            .Select(path => (path, TryRead(path) ?? throw new InvalidDataException($"{path}: empty label file")));

    public static void Write(string path, LabelFile file)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var text = new StringBuilder();
        text.Append("{\n");
        text.Append($"  \"file\": {JsonSerializer.Serialize(file.File)},\n");
        text.Append($"  \"textLength\": {file.TextLength},\n");
        text.Append($"  \"reviewed\": {(file.Reviewed ? "true" : "false")},\n");
        AppendList(text, "candidates", file.Candidates, last: false);
        AppendList(text, "missed", file.Missed, last: true);
        text.Append("}\n");
        File.WriteAllText(path, text.ToString());
    }

    private static void AppendList<T>(StringBuilder text, string name, IReadOnlyList<T> items, bool last)
    {
        text.Append($"  \"{name}\": [");
        for (var i = 0; i < items.Count; i++)
        {
            text.Append(i == 0 ? "\n    " : ",\n    ");
            text.Append(JsonSerializer.Serialize(items[i], Json));
        }

        text.Append(items.Count == 0 ? "]" : "\n  ]");
        text.Append(last ? "\n" : ",\n");
    }
}
