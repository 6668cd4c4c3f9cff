using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Infrastructure;
using Timeline.Data;
using Timeline.Data.Store;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>One PostgreSQL and one API host for the whole run; <see cref="ResetAsync"/> gives each test a clean database.</summary>
public sealed class TimelineFixture : IAsyncLifetime
{
    public const string WriterKey = "test-writer-key";

    /// <summary>Two editors, as the history names them, and their keys.</summary>
    public static readonly (string Name, string Key) Anna = ("desk-anna", "anna-editor-key-0001");
    public static readonly (string Name, string Key) Ben = ("desk-ben", "ben-editor-key-00002");

    /// <summary>Rate limits are off in the shared hosts (tests post many articles fast); their own tests turn them on.</summary>
    public static readonly string[] RateLimitSettings =
        ["RateLimiting:WritesPerMinute", "RateLimiting:ExpensiveReadsPerMinute", "RateLimiting:PreviewsPerMinute"];

    private TestDatabase? database;

    public WebApplicationFactory<Program> Factory { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        database = await TestDatabase.StartAsync();
        Factory = new WebApplicationFactory<Program>().WithWebHostBuilder(host =>
        {
            host.UseEnvironment("Testing");
            host.UseSetting("ConnectionStrings:Timeline", database.ConnectionString);
            host.UseSetting("Ingestion:ApiKeys:0", WriterKey);
            host.UseSetting("Editing:Keys:0:Name", Anna.Name);
            host.UseSetting("Editing:Keys:0:Key", Anna.Key);
            host.UseSetting("Editing:Keys:1:Name", Ben.Name);
            host.UseSetting("Editing:Keys:1:Key", Ben.Key);
            host.UseSetting("Editing:ReextractionBatchSize", "3");
            host.UseSetting("Ingestion:MaxBodyBytes", "1048576");
            host.UseSetting("Serilog:MinimumLevel:Default", "Warning");
            foreach (var limit in RateLimitSettings)
            {
                host.UseSetting(limit, "0");
            }
        });
        _ = Factory.Server;
        Scripted = Factory.WithWebHostBuilder(host =>
            host.ConfigureTestServices(services => services.AddSingleton<IArticleExtractor>(Extractor)));
    }

    /// <summary>The extractor of <see cref="Scripted"/>; reset before each test.</summary>
    public ScriptedExtractor Extractor { get; } = new();

    /// <summary>A second host on the same database whose extractor is <see cref="ScriptedExtractor"/>.</summary>
    public WebApplicationFactory<Program> Scripted { get; private set; } = null!;

    public HttpClient Reader() => Factory.CreateClient();

    public HttpClient Writer()
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", WriterKey);
        return client;
    }

    /// <summary>A client with an editor's key (<see cref="Anna"/> or <see cref="Ben"/>).</summary>
    public HttpClient Editor((string Name, string Key) editor)
    {
        var client = Factory.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", editor.Key);
        return client;
    }

    public AsyncServiceScope Scope() => Factory.Services.CreateAsyncScope();

    public async Task ResetAsync()
    {
        await using var scope = Scope();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        await db.Database.ExecuteSqlRawAsync(
            "TRUNCATE event_sources, event_participants, event_citations, event_history, event_aliases, reextraction_jobs, events, articles, actors RESTART IDENTITY CASCADE");
        Extractor.Reset();
        await ActorStore.UpsertAsync(db, Gazetteer.Default.Actors, CancellationToken.None);
    }

    public async Task DisposeAsync()
    {
        await Scripted.DisposeAsync();
        await Factory.DisposeAsync();
        if (database is not null)
        {
            await database.DisposeAsync();
        }
    }
}

[CollectionDefinition(Name)]
public sealed class TimelineCollection : ICollectionFixture<TimelineFixture>
{
    public const string Name = "timeline";
}

/// <summary>Base for database tests: resets the database before each test.</summary>
[Collection(TimelineCollection.Name)]
public abstract class DatabaseTest(TimelineFixture fixture) : IAsyncLifetime
{
    protected TimelineFixture Fixture { get; } = fixture;

    public Task InitializeAsync() => Fixture.ResetAsync();

    public Task DisposeAsync() => Task.CompletedTask;
}
