using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>Puts a real article (sample seed 001) into the ingestion request body as its example.</summary>
public sealed class ArticleExampleFilter : IOperationFilter
{
    private static readonly Lazy<string> ExampleText = new(() =>
    {
        using var stream = typeof(ArticleExampleFilter).Assembly.GetManifestResourceStream("Timeline.Api.example-article.txt")
            ?? throw new InvalidOperationException("The example article resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (context.ApiDescription.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any()
            && operation.RequestBody?.Content is { } content
            && content.TryGetValue("application/json", out var media)
            && media is OpenApiMediaType concrete)
        {
            concrete.Example = new JsonObject
            {
                ["url"] = "https://example.org/2025/05/23/us-china-hold-first-call",
                ["title"] = "U.S., China Hold First Call",
                ["publisher"] = null,
                ["publishedAt"] = "2025-05-23",
                ["language"] = "en",
                ["text"] = ExampleText.Value,
            };
        }
    }
}
