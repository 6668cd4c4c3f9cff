using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;

namespace Timeline.Bench;

/// <summary>
/// Posts lines of an NDJSON archive to POST /api/v1/articles with several concurrent writers and reports
/// articles per second, latency percentiles and the API process's processor time and peak memory.
/// </summary>
public static class Ingestion
{
    public sealed record Result(int Articles, int Failures, double Seconds, double P50, double P99, double? CpuMsPerArticle, long? PeakRssBytes)
    {
        public double PerSecond => Articles / Seconds;
    }

    public static async Task<Result> RunAsync(Uri api, string key, IReadOnlyList<string> bodies, int writers, int? apiPid, CancellationToken cancellationToken)
    {
        using var http = new HttpClient(new SocketsHttpHandler { MaxConnectionsPerServer = writers }) { BaseAddress = api, Timeout = TimeSpan.FromMinutes(2) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var latencies = new ConcurrentBag<double>();
        var failures = 0;
        var next = -1;
        var peakRss = 0L;
        var before = ProcessStats.Read(apiPid);
        using var sampling = new CancellationTokenSource();
        var sampler = Task.Run(async () =>
        {
            while (!sampling.IsCancellationRequested)
            {
                peakRss = Math.Max(peakRss, ProcessStats.Read(apiPid)?.RssBytes ?? 0);
                await Task.Delay(250, CancellationToken.None);
            }
        }, CancellationToken.None);

        var watch = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, writers).Select(_ => Task.Run(async () =>
        {
            int index;
            while ((index = Interlocked.Increment(ref next)) < bodies.Count)
            {
                var started = Stopwatch.GetTimestamp();
                using var content = new StringContent(bodies[index], Encoding.UTF8, "application/json");
                using var response = await http.PostAsync("/api/v1/articles", content, cancellationToken);
                await response.Content.LoadIntoBufferAsync(cancellationToken);
                latencies.Add(Stopwatch.GetElapsedTime(started).TotalMilliseconds);
                if (response.StatusCode is not (HttpStatusCode.Created or HttpStatusCode.OK))
                {
                    if (Interlocked.Increment(ref failures) <= 3)
                    {
                        Console.Error.WriteLine($"POST answered {(int)response.StatusCode}: {await response.Content.ReadAsStringAsync(cancellationToken)}");
                    }
                }
            }
        }, cancellationToken)));
        watch.Stop();
        await sampling.CancelAsync();
        await sampler;

        var after = ProcessStats.Read(apiPid);
        var sorted = latencies.Order().ToArray();
        double? cpu = before is not null && after is not null ? (after.Cpu - before.Cpu).TotalMilliseconds / bodies.Count : null;
        return new Result(bodies.Count, failures, watch.Elapsed.TotalSeconds, Percentile(sorted, 0.50), Percentile(sorted, 0.99), cpu,
            apiPid is null ? null : peakRss);
    }

    public static double Percentile(double[] sorted, double p) =>
        sorted.Length == 0 ? double.NaN : sorted[Math.Clamp((int)Math.Ceiling(p * sorted.Length) - 1, 0, sorted.Length - 1)];

    public static string Format(double value) => value.ToString("F1", CultureInfo.InvariantCulture);
}
