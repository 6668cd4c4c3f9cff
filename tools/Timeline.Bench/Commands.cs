using System.Diagnostics;
using System.Text.Json;
using Timeline.Bench.Archive;
using Timeline.Extraction;
using Timeline.Extraction.Model;

namespace Timeline.Bench;

public static class Commands
{
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private const string Usage = """
        Timeline.Bench COMMAND [--option value ...]
          generate --count N [--seed S] --out FILE.ndjson   write a synthetic archive, one ingestion body per line
          check    [--count N] [--seed S]                   run the real extractor over generated articles and summarize
          ingest   --api URL --key K --file F [--skip N] [--take N] [--writers 4] [--pid API_PID]
                                                            POST lines of F with concurrent writers; print one row
          seed-events --connection CS [--count 1000000] [--seed S]  bulk-load a timeline straight into the database
          sql-from-log --log FILE --offset BYTES            the statements logged after OFFSET, parameters inlined, one per line
          percentiles FILE...                               p50 and p99 (ms) of pgbench per-transaction logs
        """;

    public static async Task<int> RunAsync(string[] args)
    {
        if (args.Length == 0 || args[0] is "-h" or "--help")
        {
            Console.WriteLine(Usage);
            return args.Length == 0 ? 2 : 0;
        }

        if (args[0] == "percentiles")
        {
            var latencies = args.Skip(1).SelectMany(File.ReadLines)
                .Select(l => l.Split(' '))
                .Where(f => f.Length > 2)
                .Select(f => double.Parse(f[2], System.Globalization.CultureInfo.InvariantCulture) / 1000)
                .Order()
                .ToArray();
            Console.WriteLine($"{Ingestion.Percentile(latencies, 0.50):F2} {Ingestion.Percentile(latencies, 0.99):F2}");
            return 0;
        }

        var options = Options.Parse(args.Skip(1));
        switch (args[0])
        {
            case "generate":
                await GenerateAsync(options);
                return 0;
            case "ingest":
                await IngestAsync(options);
                return 0;
            case "seed-events":
                await EventSeeder.RunAsync(options.Text("connection"), options.Number("count", 1_000_000), options.Number("seed", 1));
                return 0;
            case "sql-from-log":
                foreach (var statement in SqlCapture.Statements(options.Text("log"), long.Parse(options.Text("offset"), System.Globalization.CultureInfo.InvariantCulture)))
                {
                    Console.WriteLine(statement.ReplaceLineEndings(" ") + ";");
                }

                return 0;
            case "check":
                Check(options);
                return 0;
            default:
                Console.Error.WriteLine($"Unknown command '{args[0]}'.\n{Usage}");
                return 2;
        }
    }

    private static async Task GenerateAsync(Options options)
    {
        var count = options.Number("count", 0);
        await using var writer = new StreamWriter(options.Text("out"));
        foreach (var article in ArchiveGenerator.Generate(count, options.Number("seed", 1)))
        {
            await writer.WriteLineAsync(JsonSerializer.Serialize(article, Json));
        }
    }

    private static async Task IngestAsync(Options options)
    {
        var skip = options.Number("skip", 0);
        var bodies = File.ReadLines(options.Text("file")).Skip(skip).Take(options.Number("take", int.MaxValue)).ToList();
        int? pid = options.Has("pid") ? options.Number("pid", 0) : null;
        var result = await Ingestion.RunAsync(new Uri(options.Text("api")), options.Text("key"), bodies, options.Number("writers", 4), pid, CancellationToken.None);
        var cpu = result.CpuMsPerArticle is { } ms ? Ingestion.Format(ms) : "n/a";
        var rss = result.PeakRssBytes is { } bytes ? $"{bytes / 1024 / 1024}" : "n/a";
        Console.WriteLine($"| {skip:N0} | {Ingestion.Format(result.PerSecond)} | {result.P50:F0} | {result.P99:F0} | {cpu} | {rss} | {result.Failures} |");
    }

    private static void Check(Options options)
    {
        var extractor = ArticleExtractor.CreateDefault();
        var articles = ArchiveGenerator.Generate(options.Number("count", 1000), options.Number("seed", 1)).ToList();
        var byType = new Dictionary<string, int>();
        var precisions = new Dictionary<DatePrecision, int>();
        var withEvents = 0;
        var events = 0;
        var watch = Stopwatch.StartNew();
        foreach (var article in articles)
        {
            var result = extractor.Extract(new ArticleInput(article.Text, null, article.Url, article.Title, article.Publisher,
                DateOnly.Parse(article.PublishedAt, System.Globalization.CultureInfo.InvariantCulture), "en"));
            withEvents += result.Events.Count > 0 ? 1 : 0;
            events += result.Events.Count;
            foreach (var e in result.Events)
            {
                byType[e.Type.ToString()] = byType.GetValueOrDefault(e.Type.ToString()) + 1;
                precisions[e.Date.Precision] = precisions.GetValueOrDefault(e.Date.Precision) + 1;
            }

            if (options.Has("verbose"))
            {
                Console.WriteLine($"{article.PublishedAt} {article.Text[..Math.Min(160, article.Text.Length)].ReplaceLineEndings(" ")}");
                foreach (var e in result.Events)
                {
                    Console.WriteLine($"    {e.Type} {e.Date} [{string.Join(",", e.Participants.Select(p => p.Actor.Id))}] {e.Location}");
                }
            }
        }

        watch.Stop();
        Console.WriteLine($"articles {articles.Count}, with events {withEvents} ({100.0 * withEvents / articles.Count:F1}%), events {events} ({(double)events / articles.Count:F2} per article)");
        Console.WriteLine($"average text {articles.Average(a => a.Text.Length):F0} chars, extraction {watch.Elapsed.TotalMilliseconds / articles.Count:F2} ms per article (one thread, includes warm-up)");
        Console.WriteLine("types: " + string.Join(", ", byType.OrderByDescending(t => t.Value).Select(t => $"{t.Key} {t.Value}")));
        Console.WriteLine("precision: " + string.Join(", ", precisions.Select(p => $"{p.Key} {p.Value}")));
    }
}
