using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Fixtures;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Extraction;
using Timeline.Extraction.Model;
using Timeline.Testing;

namespace Timeline.Api.Tests.Hardening;

/// <summary>The real extractor, not a stand-in, stops part way when the client of its request goes away.</summary>
public sealed class RealExtractionCancellationTests(TimelineFixture fixture) : DatabaseTest(fixture)
{
    [Fact]
    public async Task AClientThatGoesAwayStopsTheRealExtractionPartWay()
    {
        var text = Story(2_000_000);
        var extractor = new MeteredExtractor();
        // What reading the whole article costs here (after a first small run has compiled the code).
        var whole = ArticleExtractor.CreateDefault();
        whole.Extract(new ArticleInput("Wang Yi met Antony Blinken in Beijing on Monday.", null));
        var start = ThreadCpu.Now();
        whole.Extract(new ArticleInput(text, null));
        var wholeCost = ThreadCpu.Now() - start;

        // A ten-minute budget: only the client's departure can stop this extraction.
        await using var host = Fixture.Factory.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Ingestion:ExtractionBudget", "00:10:00");
            builder.UseSetting("Ingestion:MaxBodyBytes", "5242880");
            builder.ConfigureTestServices(services => services.AddSingleton<IArticleExtractor>(extractor));
        });
        var client = host.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);
        using var leaving = new CancellationTokenSource();

        var post = client.PostAsJsonAsync("/api/v1/articles", new { url = "https://cancel.example/story", text }, leaving.Token);
        await extractor.Started.WaitAsync(TimeSpan.FromSeconds(60));
        await Task.Delay(TimeSpan.FromMilliseconds(100));
        await leaving.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => post);
        var (cancelled, cost) = await extractor.Ended.WaitAsync(TimeSpan.FromSeconds(60));
        Assert.True(cancelled, "the extraction ran to its end although its client had gone");
        // Processor time, not wall time: on a busy machine both runs are slowed alike.
        Assert.True(cost < wholeCost / 2, $"the cancelled extraction used {cost.TotalSeconds:0.00} s of processor time; the whole article costs {wholeCost.TotalSeconds:0.00} s");
    }

    /// <summary>The fixture articles' paragraphs over and over, each copy numbered so no line repeats (repeats are dropped as furniture).</summary>
    private static string Story(int size)
    {
        var paragraphs = FixtureArticles.All()
            .SelectMany(a => a.Body["text"]!.GetValue<string>().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            .ToList();
        var story = new StringBuilder(size + 1000);
        for (var i = 0; story.Length < size; i++)
        {
            story.Append(CultureInfo.InvariantCulture, $"Update {i / paragraphs.Count}: {paragraphs[i % paragraphs.Count]}").Append('\n');
        }

        return story.ToString();
    }
}
