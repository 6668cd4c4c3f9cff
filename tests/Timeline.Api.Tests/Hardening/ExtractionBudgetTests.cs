using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Articles;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Extraction.Model;

namespace Timeline.Api.Tests.Hardening;

/// <summary>An extraction that would never end is stopped by the article's time budget, or by its client leaving.</summary>
public sealed class ExtractionBudgetTests(TimelineFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task AnArticleOverTheExtractionBudgetGets422NamingTheReasonAndStoresNothing()
    {
        var extractor = new SpinningExtractor();
        await using var host = Host(extractor, budget: "00:00:00.300");
        var client = Writer(host);

        var response = await client.PostAsJsonAsync("/api/v1/articles", new { url = "https://budget.example/1", text = "Wang Yi met Antony Blinken. [spin]" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var message = (await response.JsonAsync())["errors"]!["text"]![0]!.GetValue<string>();
        Assert.Contains("budget of 0.3 s", message, StringComparison.Ordinal);
        Assert.True(extractor.Cancelled.IsCompleted);
        Assert.Empty((await (await Fixture.Reader().GetAsync("/api/v1/articles")).JsonAsync())["items"]!.AsArray());
    }

    [Fact]
    public async Task ThePreviewHonoursTheBudgetToo()
    {
        await using var host = Host(new SpinningExtractor(), budget: "00:00:00.300");

        var response = await host.CreateClient().PostAsJsonAsync("/api/v1/extract", new { html = "<p>Wang Yi met Antony Blinken. [spin]</p>" });

        Assert.Equal(HttpStatusCode.UnprocessableEntity, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]!["html"]);
    }

    [Fact]
    public async Task AClientThatGoesAwayStopsItsExtraction()
    {
        var extractor = new SpinningExtractor();
        await using var host = Host(extractor, budget: "00:10:00");
        using var leaving = new CancellationTokenSource();

        var post = Writer(host).PostAsJsonAsync("/api/v1/articles", new { text = "Wang Yi met Antony Blinken. [spin]" }, leaving.Token);
        await extractor.Started.WaitAsync(TimeSpan.FromSeconds(30));
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);
        // With a ten-minute budget, only the client's departure can have stopped it.
        await extractor.Cancelled.WaitAsync(TimeSpan.FromSeconds(10));
    }

    [Fact]
    public async Task TheTimeSpentReadingTheBodyIsTakenOffTheBudget()
    {
        var extractor = new SpinningExtractor();
        await using var host = Host(extractor, budget: "00:00:04");
        var budget = host.Services.GetRequiredService<ExtractionBudget>();
        var input = new ArticleInput("Wang Yi met Antony Blinken. [spin]", null);

        // A request that spent 5 s reading its body (a slow one, say) has nothing left of its 4 s: refused without starting.
        Assert.Throws<ExtractionBudgetExceededException>(() => budget.Extract(input, CancellationToken.None, TimeSpan.FromSeconds(5)));
        Assert.False(extractor.Started.IsCompleted);

        // One that spent 3 s has about 1 s left, not 4.
        var watch = Stopwatch.StartNew();
        Assert.Throws<ExtractionBudgetExceededException>(() => budget.Extract(input, CancellationToken.None, TimeSpan.FromSeconds(3)));
        Assert.InRange(watch.Elapsed, TimeSpan.FromSeconds(0.9), TimeSpan.FromSeconds(3.5));
    }

    [Fact]
    public async Task ABatchRefusesOnlyTheArticleOverTheBudget()
    {
        await using var host = Host(new SpinningExtractor(), budget: "00:00:00.300");
        object[] batch =
        [
            new { url = "https://budget.example/ok", text = "Fine.\ncall|041|2025-07-11||wang-yi,marco-rubio|Call" },
            new { url = "https://budget.example/slow", text = "Never ends. [spin]" },
        ];

        var response = await Writer(host).PostAsJsonAsync("/api/v1/articles/batch", batch);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var items = (await response.JsonAsync())["items"]!.AsArray();
        Assert.Equal([201, 422], items.Select(i => i!["status"]!.GetValue<int>()));
        Assert.Contains("budget", items[1]!["errors"]!["text"]![0]!.GetValue<string>(), StringComparison.Ordinal);
    }

    private WebApplicationFactory<Program> Host(IArticleExtractor extractor, string budget) =>
        Fixture.Factory.WithWebHostBuilder(host =>
        {
            host.UseSetting("Ingestion:ExtractionBudget", budget);
            host.ConfigureTestServices(services => services.AddSingleton(extractor));
        });

    private static HttpClient Writer(WebApplicationFactory<Program> host)
    {
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);
        return client;
    }
}
