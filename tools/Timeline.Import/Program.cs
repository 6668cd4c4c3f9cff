using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using Timeline.Import;

if (ImportOptions.Parse(args) is not { } options)
{
    Console.Error.WriteLine(ImportOptions.Usage);
    return args.Contains("--help") || args.Contains("-h") ? 0 : 2;
}

if (!File.Exists(options.Source) && !Directory.Exists(options.Source))
{
    Console.Error.WriteLine($"import: no such file or folder: {options.Source}");
    return 2;
}

var progressFile = Directory.Exists(options.Source) ? Path.Combine(options.Source, ".import-progress") : options.Source + ".import-progress";
var done = !options.Restart && File.Exists(progressFile) && int.TryParse(File.ReadAllText(progressFile).Trim(), CultureInfo.InvariantCulture, out var saved) ? saved : 0;
var total = ArchiveReader.Read(options.Source).Count();
if (done > 0)
{
    Console.Error.WriteLine($"import: resuming after {done:N0} of {total:N0} articles ({progressFile}; --restart to start over)");
}

using var http = new HttpClient { BaseAddress = options.Api, Timeout = TimeSpan.FromMinutes(10) };
http.DefaultRequestHeaders.Add("X-Api-Key", options.Key);
var counts = new Dictionary<string, int>(StringComparer.Ordinal) { ["created"] = 0, ["unchanged"] = 0, ["replaced"] = 0, ["rejected"] = 0 };
var rejections = new List<string>();
var watch = Stopwatch.StartNew();
var sent = 0;
foreach (var batch in ArchiveReader.Read(options.Source).Skip(done).Chunk(options.BatchSize))
{
    var body = string.Join('\n', batch);
    JsonElement result;
    for (var attempt = 1; ; attempt++)
    {
        using var content = new StringContent(body, Encoding.UTF8, "application/x-ndjson");
        using var response = await http.PostAsync("/api/v1/articles/batch", content);
        if (response.IsSuccessStatusCode)
        {
            result = await response.Content.ReadFromJsonAsync<JsonElement>();
            break;
        }

        // Busy or briefly unavailable: wait as told and send the same batch again (it is idempotent).
        if (response.StatusCode is HttpStatusCode.TooManyRequests or HttpStatusCode.ServiceUnavailable && attempt < 6)
        {
            await Task.Delay(response.Headers.RetryAfter?.Delta ?? TimeSpan.FromSeconds(attempt * 2));
            continue;
        }

        Console.Error.WriteLine($"\nimport: the service answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return 1;
    }

    foreach (var item in result.GetProperty("items").EnumerateArray())
    {
        var outcome = item.GetProperty("outcome").GetString()!;
        counts[outcome] = counts.GetValueOrDefault(outcome) + 1;
        if (outcome == "rejected")
        {
            rejections.Add($"article {done + item.GetProperty("index").GetInt32() + 1}: {item.GetProperty("errors").GetRawText()}");
        }
    }

    done += batch.Length;
    sent += batch.Length;
    File.WriteAllText(progressFile, done.ToString(CultureInfo.InvariantCulture));
    if (!options.Quiet)
    {
        Console.Error.Write($"\r{Bar(done, total)} {done:N0}/{total:N0}  {sent / watch.Elapsed.TotalSeconds:F0}/s  " +
            string.Join("  ", counts.Select(c => $"{c.Key} {c.Value:N0}")) + "   ");
    }
}

Console.Error.WriteLine();
Console.WriteLine($"imported {sent:N0} articles in {watch.Elapsed.TotalSeconds:F1} s ({(sent == 0 ? 0 : sent / watch.Elapsed.TotalSeconds):F0}/s): " +
    string.Join(", ", counts.Select(c => $"{c.Value:N0} {c.Key}")));
foreach (var rejection in rejections.Take(20))
{
    Console.WriteLine($"  rejected {rejection}");
}

return 0;

static string Bar(int done, int total)
{
    const int width = 30;
    var filled = total == 0 ? width : (int)((long)done * width / total);
    return $"[{new string('#', filled)}{new string('.', width - filled)}] {(total == 0 ? 100 : 100L * done / total),3}%";
}
