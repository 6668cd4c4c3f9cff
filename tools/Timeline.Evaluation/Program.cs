using System.Text.Json;
using Timeline.Evaluation.Cli;
using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Reporting;
using Timeline.Evaluation.Scoring;
using Timeline.Evaluation.Service;
using Timeline.Extraction;

// --check FOLDER...: read every annotation file and stop, so scripts/evaluate.sh fails before it starts a service.
if (args is ["--check", .. var checkedFolders])
{
    return TryLoad(checkedFolders, out var loaded) ? Report(loaded) : 2;
}

var (options, error) = EvaluationOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}

if (!TryLoad(options.Folders, out var folders))
{
    return 2;
}
var allFiles = folders.SelectMany(f => f.Files).ToList();

if (options.Explain)
{
    Explanation.Write(Console.Out, allFiles, ArticleExtractor.WithModels(options.Models));
    return 0;
}

var outcomes = options.InProcess
    ? InProcessRun.Run(allFiles, ArticleExtractor.WithModels(options.Models))
    : await IngestThroughServiceAsync(options, allFiles);
if (outcomes.All(o => o.Error is not null))
{
    Console.Error.WriteLine($"no article could be ingested through {options.Api}; is the service running?");
    return 1;
}

var scopes = folders
    .SelectMany(f => ScopesOf(GoldLoader.FolderLabel(f.Folder), outcomes.Where(o => f.Files.Contains(o.File)).ToList()))
    .Append(Scorer.Score("overall", outcomes))
    .ToList();

ScoreTable.Write(Console.Out, scopes);
if (options.Verbose)
{
    Console.Out.WriteLine();
    Findings.Write(Console.Out, scopes[^1]);
}

if (options.JsonPath is not null)
{
    await File.WriteAllTextAsync(options.JsonPath, JsonSerializer.Serialize(scopes, JsonReport.Options));
}

var violations = options.Floors.Select(f => f.Check(scopes)).OfType<string>().ToList();
foreach (var violation in violations)
{
    Console.Error.WriteLine($"below the floor: {violation}");
}

return violations.Count == 0 ? 0 : 3;

static bool TryLoad(IReadOnlyList<string> paths, out List<(string Folder, IReadOnlyList<GoldFile> Files)> folders)
{
    folders = [];
    try
    {
        foreach (var path in paths)
        {
            var files = GoldLoader.LoadFolder(path);
            if (files.Count == 0)
            {
                throw new InvalidDataException($"no annotated articles (*.json) in {path}");
            }

            folders.Add((path, files));
        }

        return paths.Count > 0;
    }
    catch (Exception exception) when (exception is InvalidDataException or JsonException or IOException)
    {
        Console.Error.WriteLine($"cannot read the annotated articles: {exception.Message}");
        return false;
    }
}

static int Report(List<(string Folder, IReadOnlyList<GoldFile> Files)> folders)
{
    foreach (var (folder, files) in folders)
    {
        Console.Error.WriteLine($"{GoldLoader.FolderLabel(folder)}: {files.Count} annotated articles");
    }

    return 0;
}

static async Task<IReadOnlyList<FileOutcome>> IngestThroughServiceAsync(EvaluationOptions options, IReadOnlyList<GoldFile> files)
{
    using var http = new HttpClient { BaseAddress = options.Api, Timeout = TimeSpan.FromMinutes(2) };
    return await Ingestion.RunAsync(new TimelineClient(http, options.Key!), files, Console.Error, CancellationToken.None);
}

// A folder whose files fall in parts ("dev_01", "ca_03": the part is the name before the first '_') gets a row per
// part after its own, so a change can be checked on the parts it was not made for.
static IEnumerable<ScopeReport> ScopesOf(string label, IReadOnlyList<FileOutcome> outcomes)
{
    yield return Scorer.Score(label, outcomes);
    var parts = outcomes.GroupBy(o => PartOf(o.File)).Where(g => g.Key.Length > 0).ToList();
    if (parts.Count > 1)
    {
        foreach (var part in parts.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            yield return Scorer.Score($"  {part.Key}_", part.ToList());
        }
    }
}

static string PartOf(GoldFile file)
{
    var name = Path.GetFileName(file.Name);
    var underscore = name.IndexOf('_');
    return underscore > 0 ? name[..underscore] : "";
}
