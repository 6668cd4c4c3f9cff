using Timeline.Evaluation.Floors;

namespace Timeline.Evaluation.Cli;

public sealed record EvaluationOptions(Uri? Api, string? Key, bool Verbose, string? JsonPath, IReadOnlyList<string> Folders, bool Explain = false)
{
    /// <summary>Run the extraction pipeline directly instead of a service: no database, no cross-article merging.</summary>
    public bool InProcess => Api is null;

    public const string Usage =
        "usage: Timeline.Evaluation (--api http://127.0.0.1:PORT --key KEY | --in-process [--explain] [--models DIR]) [--verbose] [--json out.json] " +
        "[--min [FOLDER:]METRIC=N]... [--max [FOLDER:]COUNT=N]... FOLDER [FOLDER...]";

    /// <summary>In process: the folder of trained models to extract with (default: the models inside the library).</summary>
    public string? Models { get; init; }

    /// <summary>Bounds the scores must respect; any violated bound makes the command exit with 3.</summary>
    public IReadOnlyList<ScoreFloor> Floors { get; init; } = [];

    /// <summary>Parses the command line; on failure returns null and an error message.</summary>
    public static (EvaluationOptions? Options, string? Error) Parse(IReadOnlyList<string> args)
    {
        string? api = null;
        string? key = null;
        string? json = null;
        string? models = null;
        var verbose = false;
        var inProcess = false;
        var explain = false;
        var folders = new List<string>();
        var floors = new List<ScoreFloor>();
        for (var i = 0; i < args.Count; i++)
        {
            switch (args[i])
            {
                case "--api" when i + 1 < args.Count:
                    api = args[++i];
                    break;
                case "--key" when i + 1 < args.Count:
                    key = args[++i];
                    break;
                case "--models" when i + 1 < args.Count:
                    models = args[++i];
                    break;
                case "--json" when i + 1 < args.Count:
                    json = args[++i];
                    break;
                case "--min" or "--max" when i + 1 < args.Count:
                    var (floor, floorError) = ScoreFloor.Parse(args[i + 1], isMaximum: args[i] == "--max");
                    if (floor is null)
                    {
                        return (null, floorError);
                    }

                    floors.Add(floor);
                    i++;
                    break;
                case "--explain":
                    explain = true;
                    break;
                case "--in-process":
                    inProcess = true;
                    break;
                case "--verbose" or "-v":
                    verbose = true;
                    break;
                case var option when option.StartsWith('-'):
                    return (null, $"unknown or incomplete option {option}");
                default:
                    folders.Add(args[i]);
                    break;
            }
        }

        if (folders.Count == 0)
        {
            return (null, "give at least one folder");
        }

        if (inProcess)
        {
            return api is null ? (new EvaluationOptions(null, null, verbose, json, folders, explain) { Floors = floors, Models = models }, null) : (null, "--in-process takes no --api");
        }

        if (explain || models is not null)
        {
            return (null, $"{(explain ? "--explain" : "--models")} needs --in-process");
        }

        if (api is null || !Uri.TryCreate(api.EndsWith('/') ? api : api + "/", UriKind.Absolute, out var baseUri))
        {
            return (null, "--api needs an absolute URL");
        }

        if (string.IsNullOrEmpty(key))
        {
            return (null, "--key is required");
        }

        return (new EvaluationOptions(baseUri, key, verbose, json, folders) { Floors = floors }, null);
    }
}
