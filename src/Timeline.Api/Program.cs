using Timeline.Api.Actors;
using Timeline.Api.Articles;
using Timeline.Api.Articles.Batch;
using Timeline.Api.Events;
using Timeline.Api.Events.Exports;
using Timeline.Api.Events.Facets;
using Timeline.Api.Events.Merging;
using Timeline.Api.Health;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Http;
using Timeline.Api.Infrastructure.OpenApi;
using Timeline.Api.Page;
using Timeline.Api.Preview;
using Timeline.Extraction;
using Timeline.Extraction.Model;

var builder = WebApplication.CreateBuilder(args);

builder.AddTimelineLogging();
builder.Services.AddOptions<IngestionOptions>().BindConfiguration(IngestionOptions.Section).ValidateDataAnnotations().ValidateOnStart();
builder.Services.AddTimelineDatabase(builder.Configuration);
builder.Services.AddProblemDetails();
builder.Services.AddTimelineOpenApi();
builder.Services.AddTimelineHttp();
builder.Services.AddTimelineHealthChecks();
builder.Services.AddSingleton(TimeProvider.System);
builder.Services.AddSingleton<IArticleExtractor>(_ => ArticleExtractor.CreateDefault());
builder.Services.AddScoped<ArticleRequestReader>();
builder.Services.AddScoped<ClaimStore>();
builder.Services.AddScoped<MergeWriter>();
builder.Services.AddScoped<EventMerger>();
builder.Services.AddScoped<IngestionService>();
builder.Services.AddScoped<BatchReader>();
builder.Services.AddScoped<BatchIngestion>();

var app = builder.Build();

app.UseExceptionHandler();
app.UseStatusCodePages();
app.UseTimelineRequestLogging();
app.UseTimelineHttp();
app.UseTimelineOpenApi();
app.UseTimelinePage();

app.MapArticles();
app.MapArticleBatch();
app.MapEvents();
app.MapEventExports();
app.MapEventFacets();
app.MapPreview();
app.MapActors();
app.MapHealth();
app.MapTimelinePage();

await app.PrepareDatabaseAsync();
await app.RunAsync();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
