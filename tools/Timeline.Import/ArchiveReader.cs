using System.Text.Json;

namespace Timeline.Import;

/// <summary>The ingestion bodies of an archive, in a stable order, as raw JSON objects.</summary>
public static class ArchiveReader
{
    public static IEnumerable<string> Read(string source)
    {
        var files = Directory.Exists(source)
            ? Directory.EnumerateFiles(source).Where(f => f.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase))
                .Order(StringComparer.Ordinal).ToList()
            : new List<string> { source };
        foreach (var file in files)
        {
            foreach (var body in ReadFile(file))
            {
                yield return body;
            }
        }
    }

    private static IEnumerable<string> ReadFile(string file)
    {
        if (file.EndsWith(".json", StringComparison.OrdinalIgnoreCase))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(file));
            var root = document.RootElement;
            return root.ValueKind == JsonValueKind.Array ? root.EnumerateArray().Select(e => e.GetRawText()).ToList() : [root.GetRawText()];
        }

        return File.ReadLines(file).Select(l => l.Trim()).Where(l => l.Length > 0);
    }
}
