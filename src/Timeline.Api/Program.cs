using Timeline.Api.Actors;
using Timeline.Api.Admin;
using Timeline.Api.Articles;
using Timeline.Api.Articles.Batch;
using Timeline.Api.Events;
using Timeline.Api.Events.Editing;
using Timeline.Api.Events.Exports;
using Timeline.Api.Events.Facets;
using Timeline.Api.Health;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Errors;
using Timeline.Api.Infrastructure.Http;
using Timeline.Api.Infrastructure.OpenApi;
using Timeline.Api.Page;
using Timeline.Api.Preview;
using Timeline.Data.Editing;
using Timeline.Extraction;
using Timeline.Extraction.Model;

var builder = WebApplication.CreateBuilder(args);

builder.AddTimelineLogging();
builder.Services.AddOptions<EditingOptions>().BindConfiguration(EditingOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddTimelineDatabase(builder.Configuration);
builder.Services.AddTimelineErrorHandling();
builder.Services.AddTimelineOpenApi();
builder.Services.AddTimelineHttp();
builder.Services.AddTimelineHealthChecks();
builder.Services.AddSingleton(TimeProvider.System);
// Extraction:ModelDirectory: models trained without one part, to score it (scripts/crossval.sh); Extraction:KnownEvents: the
// optional linking stage.
builder.Services.AddSingleton<IArticleExtractor>(_ => ArticleExtractor.Create(new ExtractionOptions(
    builder.Configuration["Extraction:ModelDirectory"], builder.Configuration.GetValue("Extraction:KnownEvents", true))));
builder.Services.AddSingleton<ExtractionBudget>();
builder.Services.AddScoped<ArticleRequestReader>();
builder.Services.AddSameEventJudges();
builder.Services.AddScoped<ClaimStore>();
builder.Services.AddScoped<MergeWriter>();
builder.Services.AddScoped<EventMerger>();
builder.Services.AddScoped<IngestionService>();
builder.Services.AddScoped<BatchReader>();
builder.Services.AddScoped<BatchIngestion>();
builder.Services.AddSingleton<EditorKeyFilter>();
builder.Services.AddScoped<CorrectionStore>();
builder.Services.AddScoped<RegroupStore>();
builder.Services.AddScoped<HistoryStore>();
builder.Services.AddScoped<ReextractionStore>();
builder.Services.AddSingleton<ReextractionWorker>();
builder.Services.AddHostedService(provider => provider.GetRequiredService<ReextractionWorker>());

var app = builder.Build();

// Request logging outside the error handling, so it logs the status the client gets (a 503, not the exception's 500).
app.UseTimelineRequestLogging();
app.UseTimelineErrorHandling();
app.UseTimelineHttp();
app.UseTimelineOpenApi();
app.UseTimelinePage();

app.MapArticles();
app.MapArticleBatch();
app.MapEvents();
app.MapEventEditing();
app.MapReextraction();
app.MapEventExports();
app.MapEventFacets();
app.MapPreview();
app.MapActors();
app.MapHealth();
app.MapTimelinePage();

app.WarnWhenNoWriterKeys();
await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
