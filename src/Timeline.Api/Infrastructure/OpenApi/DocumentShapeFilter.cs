using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>Tag descriptions, and the health endpoints (mapped as health checks, so API Explorer does not see them).</summary>
public sealed class DocumentShapeFilter : IDocumentFilter
{
    public static readonly IReadOnlyList<(string Name, string Description)> Tags =
    [
        ("Events", "The timeline: events with their sources and evidence; filters, pages, exports (CSV, TimelineJS, iCalendar), the Atom feed and facet counts."),
        ("Preview", "Try extraction on any text or page without storing anything and without a key: the way to try ingestion first."),
        ("Articles", "The news articles the events come from: add (with a writer key), list, read and delete."),
        ("Actors", "People, countries and organizations taking part in events, with event counts."),
        ("Health", "Liveness and readiness probes for orchestrators and load balancers."),
    ];

    public void Apply(OpenApiDocument document, DocumentFilterContext context)
    {
        document.Tags = new HashSet<OpenApiTag>(Tags.Select(t => new OpenApiTag { Name = t.Name, Description = t.Description }));
        document.Paths ??= [];
        document.Paths["/health/live"] = HealthPath("HealthLive", "Is the process up?", "200 when the process answers; checks nothing else.");
        document.Paths["/health/ready"] = HealthPath("HealthReady", "Is the database reachable?", "200 when PostgreSQL answers, else 503.");
    }

    private static OpenApiPathItem HealthPath(string id, string summary, string description) => new()
    {
        Operations = new Dictionary<HttpMethod, OpenApiOperation>
        {
            [HttpMethod.Get] = new()
            {
                OperationId = id,
                Summary = summary,
                Description = description,
                Tags = new HashSet<OpenApiTagReference> { new("Health") },
                Security = [],
                Responses = new OpenApiResponses
                {
                    ["200"] = PlainText("Healthy.", "Healthy"),
                    ["503"] = PlainText("Unhealthy: the check failed.", "Unhealthy"),
                },
            },
        },
    };

    private static OpenApiResponse PlainText(string description, string example) => new()
    {
        Description = description,
        Content = new Dictionary<string, OpenApiMediaType>
        {
            ["text/plain"] = new() { Schema = new OpenApiSchema { Type = JsonSchemaType.String, Enum = [JsonValue.Create(example)] }, Example = JsonValue.Create(example) },
        },
    };
}
