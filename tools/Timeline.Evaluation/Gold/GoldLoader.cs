using System.Text.Json;
using Timeline.Evaluation.Scoring;

namespace Timeline.Evaluation.Gold;

public static class GoldLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Loads every *.json file of a folder, in ordinal file-name order so runs are repeatable.</summary>
    public static IReadOnlyList<GoldFile> LoadFolder(string folder)
    {
        if (!Directory.Exists(folder))
        {
            throw new DirectoryNotFoundException($"Evaluation folder not found: {folder}");
        }

        return Directory.EnumerateFiles(folder, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Parse(File.ReadAllText(path), folder, Label(folder, path)))
            .ToList();
    }

    /// <summary>"dev/dev_01.json": short, and unique as long as the folders' own names differ.</summary>
    private static string Label(string folder, string path) => FolderLabel(folder) + "/" + Path.GetFileName(path);

    /// <summary>The folder's own name ("dev" for "../shared/eval/dev/"), naming it in reports.</summary>
    public static string FolderLabel(string folder) => Path.GetFileName(Path.TrimEndingDirectorySeparator(folder));

    public static GoldFile Parse(string json, string folder, string name)
    {
        var file = JsonSerializer.Deserialize<GoldFile>(json, Json)
            ?? throw new InvalidDataException($"{name}: empty annotation file");
        if (file.Article is null || file.Article.Text is null)
        {
            throw new InvalidDataException($"{name}: missing article or article.text");
        }

        foreach (var gold in file.ExpectedEvents ?? [])
        {
            if (!DateInterval.TryParse(gold.Date, out _))
            {
                throw new InvalidDataException($"{name}: event {gold.Key} has an invalid date '{gold.Date}'");
            }
        }

        return file with { Folder = folder, Name = name, ExpectedEvents = file.ExpectedEvents ?? [] };
    }
}
