using System.Globalization;

namespace Timeline.Import;

/// <summary>Command line: an archive (file or folder), where to send it and how.</summary>
public sealed record ImportOptions(string Source, Uri Api, string Key, int BatchSize, bool Restart, bool Quiet)
{
    public const string Usage = """
        Loads an archive of articles into Timeline through POST /api/v1/articles/batch.

          scripts/import.sh FILE|DIR [--api URL] [--key KEY] [--batch N] [--restart] [--quiet]

        FILE   NDJSON (one ingestion body per line), or a JSON file holding one body or an array of bodies
        DIR    every *.json and *.ndjson file in it (sorted by name), as above
        --api  the service (default $TIMELINE_URL or http://127.0.0.1:5080); --key the writer key
               (default $TIMELINE_API_KEY or timeline-dev-key); --batch articles per request (default 200)
        Resumable: progress is kept in SOURCE.import-progress (a folder: SOURCE/.import-progress) and a new run
        continues after the last batch the service acknowledged; --restart starts from the first article. Articles
        the service already stores unchanged are skipped by it anyway (same url, or same text without url).
        Exit code 0 when every article was sent (rejected ones are listed), 1 on errors, 2 on bad arguments.
        """;

    public static ImportOptions? Parse(string[] args)
    {
        string? source = null;
        var api = Environment.GetEnvironmentVariable("TIMELINE_URL") is { Length: > 0 } url ? url : "http://127.0.0.1:5080";
        var key = Environment.GetEnvironmentVariable("TIMELINE_API_KEY") is { Length: > 0 } k ? k : "timeline-dev-key";
        var (batch, restart, quiet) = (200, false, false);
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--api" when i + 1 < args.Length: api = args[++i]; break;
                case "--key" when i + 1 < args.Length: key = args[++i]; break;
                case "--batch" when i + 1 < args.Length && int.TryParse(args[i + 1], CultureInfo.InvariantCulture, out var size) && size > 0:
                    batch = size;
                    i++;
                    break;
                case "--restart": restart = true; break;
                case "--quiet": quiet = true; break;
                case var arg when !arg.StartsWith("--", StringComparison.Ordinal) && source is null: source = arg; break;
                default: return null;
            }
        }

        return source is null || !Uri.TryCreate(api, UriKind.Absolute, out var uri) ? null : new ImportOptions(source, uri, key, batch, restart, quiet);
    }
}
