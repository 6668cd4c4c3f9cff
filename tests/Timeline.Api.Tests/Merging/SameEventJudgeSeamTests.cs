using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Core.Claims;
using Timeline.Core.Merging;

namespace Timeline.Api.Tests.Merging;

/// <summary>Another same-event judge plugs in by configuration (Merging:Judge) and merging follows it.</summary>
public sealed class SameEventJudgeSeamTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private const string Report = "call|041|2025-07-11||wang-yi,marco-rubio|Call";

    /// <summary>A judge that never merges, and counts how often it is asked.</summary>
    private sealed class NeverJudge : ISameEventJudge
    {
        public int Asked;

        public bool Same(Claim a, Claim b)
        {
            Interlocked.Increment(ref Asked);
            return false;
        }
    }

    [Fact]
    public async Task AJudgeRegisteredByNameAndChosenByConfigurationDecidesWhatMerges()
    {
        var judge = new NeverJudge();
        await using var host = Fixture.Scripted.WithWebHostBuilder(builder =>
        {
            builder.UseSetting("Merging:Judge", "never");
            builder.ConfigureTestServices(services => services.AddKeyedSingleton<ISameEventJudge>("never", judge));
        });
        var writer = host.CreateClient();
        writer.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);

        (await writer.PostTextAsync($"A.\n{Report}", "https://a.example/1")).EnsureSuccessStatusCode();
        (await writer.PostTextAsync($"B.\n{Report}", "https://b.example/1")).EnsureSuccessStatusCode();

        Assert.Equal(2, (await Reader().EventsAsync()).Count);
        Assert.True(judge.Asked > 0);
    }

    [Fact]
    public async Task TheDefaultRulesMergeTheSameTwoReports()
    {
        (await Writer().PostTextAsync($"A.\n{Report}", "https://a.example/1")).EnsureSuccessStatusCode();
        (await Writer().PostTextAsync($"B.\n{Report}", "https://b.example/1")).EnsureSuccessStatusCode();

        Assert.Single(await Reader().EventsAsync());
    }

    [Fact]
    public void AJudgeNameNothingRegistersStopsTheServiceAtStartUp()
    {
        using var host = Fixture.Factory.WithWebHostBuilder(builder => builder.UseSetting("Merging:Judge", "learned-v0"));
        var failure = Record.Exception(() => host.CreateClient());
        Assert.Contains("Merging:Judge", failure?.ToString());
    }
}
