using System.Text.Json;
using Timeline.Evaluation.Cli;
using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Reporting;
using Timeline.Evaluation.Scoring;
using Timeline.Evaluation.Service;

var (options, error) = EvaluationOptions.Parse(args);
if (options is null)
{
    Console.Error.WriteLine(error);
    Console.Error.WriteLine(EvaluationOptions.Usage);
    return 2;
}

var folders = options.Folders.Select(folder => (Folder: folder, Files: GoldLoader.LoadFolder(folder))).ToList();
var allFiles = folders.SelectMany(f => f.Files).ToList();

using var http = new HttpClient { BaseAddress = options.Api, Timeout = TimeSpan.FromMinutes(2) };
var outcomes = await Ingestion.RunAsync(new TimelineClient(http, options.Key), allFiles, Console.Error, CancellationToken.None);
if (outcomes.All(o => o.Error is not null))
{
    Console.Error.WriteLine($"no article could be ingested through {options.Api}; is the service running?");
    return 1;
}

var scopes = folders
    .Select(f => Scorer.Score(GoldLoader.FolderLabel(f.Folder), outcomes.Where(o => f.Files.Contains(o.File)).ToList()))
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

return 0;
