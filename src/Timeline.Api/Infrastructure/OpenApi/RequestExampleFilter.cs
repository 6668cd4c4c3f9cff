using System.Text.Json.Nodes;
using Microsoft.OpenApi;
using Swashbuckle.AspNetCore.SwaggerGen;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>
/// The article request example of the preview and of ingestion (alone, and as a batch of one): sample article 001 exactly as
/// samples/articles holds it (no made-up url), so trying ingestion on a service that has the samples answers
/// "200 unchanged" instead of adding a fake source to real events.
/// </summary>
public sealed class RequestExampleFilter : IOperationFilter
{
    public static readonly string[] Operations = ["PreviewExtraction", "IngestArticle"];

    private static readonly Lazy<string> ExampleText = new(() =>
    {
        using var stream = typeof(RequestExampleFilter).Assembly.GetManifestResourceStream("Timeline.Api.example-article.txt")
            ?? throw new InvalidOperationException("The example article resource is missing.");
        using var reader = new StreamReader(stream);
        return reader.ReadToEnd();
    });

    public static JsonObject Example() => new()
    {
        ["url"] = null,
        ["title"] = "U.S., China Hold First Call",
        ["publisher"] = null,
        ["publishedAt"] = "2025-05-23",
        ["language"] = "en",
        ["text"] = ExampleText.Value,
    };

    public void Apply(OpenApiOperation operation, OperationFilterContext context)
    {
        if (Operations.Contains(operation.OperationId)
            && operation.RequestBody?.Content is { } content
            && content.TryGetValue("application/json", out var media)
            && media is OpenApiMediaType concrete)
        {
            concrete.Example = Example();
        }
        else if (operation.OperationId == "IngestArticleBatch" && operation.RequestBody?.Content?.TryGetValue("application/json", out var batch) == true
            && batch is OpenApiMediaType array)
        {
            array.Example = new JsonArray(Example());
        }
    }
}
