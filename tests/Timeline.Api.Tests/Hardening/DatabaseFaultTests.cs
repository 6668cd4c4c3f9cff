using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Extraction.Model;
using Xunit.Abstractions;

namespace Timeline.Api.Tests.Hardening;

/// <summary>
/// A PostgreSQL of their own that the tests stop, restart and freeze under a running service: requests get 503 with
/// Retry-After quickly, readiness answers within 2 s, the service recovers without a restart, and every write it
/// acknowledged is still there. In the shared collection so no other test competes for the processor meanwhile.
/// </summary>
[Collection(TimelineCollection.Name)]
public sealed class DatabaseFaultTests(ITestOutputHelper output) : IAsyncLifetime
{
    private readonly UnhandledExceptions unhandled = new();
    private LocalPostgres cluster = null!;
    private WebApplicationFactory<Program> host = null!;

    public async Task InitializeAsync()
    {
        cluster = await LocalPostgres.StartAsync();
        host = new WebApplicationFactory<Program>().WithWebHostBuilder(web =>
        {
            web.UseEnvironment("Testing");
            web.UseSetting("ConnectionStrings:Timeline", cluster.ConnectionString);
            web.UseSetting("Ingestion:ApiKeys:0", TimelineFixture.WriterKey);
            web.UseSetting("Database:ReadTimeoutSeconds", "2");
            web.UseSetting("Serilog:MinimumLevel:Default", "Error");
            web.UseSetting("RateLimiting:WritesPerMinute", "0");
            web.ConfigureTestServices(services =>
            {
                services.AddSingleton<IArticleExtractor, ScriptedExtractor>();
                services.AddSingleton<IExceptionHandler>(unhandled);
            });
        });
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/health/ready")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await host.DisposeAsync();
        await cluster.DisposeAsync();
    }

    [Fact]
    public async Task StoppingPostgreSqlMidRunGives503sThenTheServiceRecoversWithEveryAcknowledgedWriteKept()
    {
        using var stop = new CancellationTokenSource();
        var acknowledged = new ConcurrentBag<string>();
        var unavailable = 0;
        var writer = Task.Run(() => WriteUntilAsync(stop.Token, acknowledged, () => Interlocked.Increment(ref unavailable)));
        await UntilAsync(_ => Task.FromResult(acknowledged.Count >= 5), TimeSpan.FromSeconds(60));
        var beforeOutage = acknowledged.Count;

        await cluster.StopServerAsync("immediate");
        var read = await TimedAsync(c => c.GetAsync("/api/v1/events"));
        var write = await TimedAsync(c => c.PostTextAsync("During the outage.\ncall|041|2025-07-11||wang-yi|Call", "https://fault.example/outage"));
        var ready = await TimedAsync(c => c.GetAsync("/health/ready"));
        output.WriteLine($"stopped: read {read.Elapsed.TotalMilliseconds:0} ms, write {write.Elapsed.TotalMilliseconds:0} ms, ready {ready.Elapsed.TotalMilliseconds:0} ms");
        AssertUnavailable(read.Response, read.Elapsed, TimeSpan.FromSeconds(1));
        AssertUnavailable(write.Response, write.Elapsed, TimeSpan.FromSeconds(1));
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Response.StatusCode);
        Assert.True(ready.Elapsed < TimeSpan.FromSeconds(2), $"readiness took {ready.Elapsed}");
        await Task.Delay(1000);

        await cluster.StartServerAsync();
        var recovered = await UntilAsync(async c => (await c.GetAsync("/api/v1/events")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20));
        output.WriteLine($"recovered {recovered.TotalMilliseconds:0} ms after the restart");
        await UntilAsync(_ => Task.FromResult(acknowledged.Count >= beforeOutage + 5), TimeSpan.FromSeconds(60));
        await stop.CancelAsync();
        await writer;

        Assert.True(beforeOutage > 0 && acknowledged.Count > beforeOutage, $"acknowledged {beforeOutage} before, {acknowledged.Count} in all");
        Assert.True(unavailable > 0, "the writer never saw the outage");
        var reader = host.CreateClient();
        var lost = new List<string>();
        foreach (var id in acknowledged)
        {
            if ((await reader.GetAsync($"/api/v1/articles/{id}")).StatusCode != HttpStatusCode.OK)
            {
                lost.Add(id);
            }
        }

        output.WriteLine($"{acknowledged.Count} writes acknowledged, {unavailable} answered 503, {lost.Count} lost");
        Assert.Empty(lost);
    }

    [Fact]
    public async Task AFrozenPostgreSqlLeavesReadinessAnsweringWithinTwoSecondsAndReadsFailingFast()
    {
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/api/v1/events")).StatusCode);

        cluster.Freeze();
        try
        {
            var ready = await TimedAsync(c => c.GetAsync("/health/ready"));
            var read = await TimedAsync(c => c.GetAsync("/api/v1/events"));
            output.WriteLine($"frozen: ready {ready.Elapsed.TotalMilliseconds:0} ms, read {read.Elapsed.TotalMilliseconds:0} ms");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.Response.StatusCode);
            Assert.True(ready.Elapsed < TimeSpan.FromSeconds(2), $"readiness took {ready.Elapsed}");
            // A timed-out command costs Npgsql twice the connect timeout (2 s) more to cancel: 2 + 2 × 2 s.
            AssertUnavailable(read.Response, read.Elapsed, TimeSpan.FromSeconds(8));
        }
        finally
        {
            cluster.Thaw();
        }

        var recovered = await UntilAsync(async c => (await c.GetAsync("/health/ready")).StatusCode == HttpStatusCode.OK, TimeSpan.FromSeconds(20));
        output.WriteLine($"ready again {recovered.TotalMilliseconds:0} ms after the thaw");
        Assert.Equal(HttpStatusCode.OK, (await host.CreateClient().GetAsync("/api/v1/events")).StatusCode);
    }

    private async Task WriteUntilAsync(CancellationToken stop, ConcurrentBag<string> acknowledged, Action sawUnavailable)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);
        for (var i = 0; !stop.IsCancellationRequested; i++)
        {
            var response = await client.PostTextAsync($"Article {i}.\ncall|041|2025-07-{1 + (i % 28):00}||wang-yi,marco-rubio|Call", $"https://fault.example/{i}");
            if (response.StatusCode is HttpStatusCode.Created or HttpStatusCode.OK)
            {
                acknowledged.Add((await response.JsonAsync()).Str("id"));
            }
            else
            {
                Assert.True(response.StatusCode == HttpStatusCode.ServiceUnavailable,
                    $"a write answered {(int)response.StatusCode}; exceptions no handler took: {unhandled}");
                sawUnavailable();
                await Task.Delay(100, CancellationToken.None);
            }
        }
    }

    private static void AssertUnavailable(HttpResponseMessage response, TimeSpan elapsed, TimeSpan within)
    {
        Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.NotNull(response.Headers.RetryAfter);
        Assert.True(elapsed < within, $"took {elapsed}, more than {within}");
    }

    private async Task<(HttpResponseMessage Response, TimeSpan Elapsed)> TimedAsync(Func<HttpClient, Task<HttpResponseMessage>> send)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);
        var watch = Stopwatch.StartNew();
        var response = await send(client);
        return (response, watch.Elapsed);
    }

    private async Task<TimeSpan> UntilAsync(Func<HttpClient, Task<bool>> condition, TimeSpan limit)
    {
        var client = host.CreateClient();
        var watch = Stopwatch.StartNew();
        while (!await condition(client))
        {
            Assert.True(watch.Elapsed < limit, $"not recovered within {limit}");
            await Task.Delay(100);
        }

        return watch.Elapsed;
    }
}
