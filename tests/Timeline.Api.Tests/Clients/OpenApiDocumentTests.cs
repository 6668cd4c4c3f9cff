using System.Text.Json.Nodes;
using Timeline.Api.Events;
using Timeline.Core.Claims;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Clients;

/// <summary>The OpenAPI document says exactly what the service does.</summary>
[Collection(TimelineCollection.Name)]
public sealed class OpenApiDocumentTests(TimelineFixture fixture)
{
    private async Task<JsonNode> DocumentAsync() => await (await fixture.Reader().GetAsync("/swagger/v1/swagger.json")).JsonAsync();

    private static IEnumerable<(string Path, string Method, JsonObject Operation)> Operations(JsonNode document) =>
        document["paths"]!.AsObject().SelectMany(path => path.Value!.AsObject()
            .Where(op => op.Key is "get" or "post" or "delete" or "head" or "put" or "patch")
            .Select(op => (path.Key, op.Key, op.Value!.AsObject())));

    [Fact]
    public async Task EveryResponseBodyHasAnExample()
    {
        var document = await DocumentAsync();

        var missing = Operations(document)
            .SelectMany(o => o.Operation["responses"]!.AsObject().SelectMany(r => (r.Value!["content"]?.AsObject() ?? []).Select(c => (o, Status: r.Key, Type: c.Key, Media: c.Value!))))
            .Where(x => x.Media["example"] is null && x.Media["examples"] is null)
            .Select(x => $"{x.o.Operation["operationId"]} {x.Status} {x.Type}")
            .ToList();

        Assert.Empty(missing);
    }

    [Fact]
    public async Task QueryParametersHaveTheContractsLowercaseNames()
    {
        var document = await DocumentAsync();

        var names = Operations(document)
            .SelectMany(o => o.Operation["parameters"]?.AsArray() ?? [])
            .Where(p => p!.Str("in") == "query")
            .Select(p => p!.Str("name"))
            .Distinct()
            .Order()
            .ToList();

        Assert.Equal(["active", "actor", "articleId", "cursor", "format", "from", "include", "kind", "limit", "order", "publisher", "q", "to", "topic", "type"], names);
    }

    [Fact]
    public async Task PublicOperationsNeedNoKeyWritesNeedTheWriterKeyAndCorrectionsTheEditorKey()
    {
        var document = await DocumentAsync();

        foreach (var (path, method, operation) in Operations(document))
        {
            var schemes = operation["security"]!.AsArray().SelectMany(r => r!.AsObject().Select(s => s.Key)).ToList();
            var write = method is "post" or "delete" && path.StartsWith("/api/v1/articles", StringComparison.Ordinal);
            var editing = path.StartsWith("/api/v1/admin", StringComparison.Ordinal)
                || (method is "post" or "patch" && path.StartsWith("/api/v1/events", StringComparison.Ordinal) && !path.EndsWith("/extract", StringComparison.Ordinal));
            string[] expected = write ? ["ApiKey"] : editing ? ["EditorKey"] : [];
            Assert.True(expected.SequenceEqual(schemes), $"{method} {path}: {string.Join(",", schemes)}");
        }
    }

    [Fact]
    public async Task EnumsAndRequiredFieldsFollowTheRecords()
    {
        var schemas = (await DocumentAsync())["components"]!["schemas"]!;
        var eventSchema = schemas["EventResponse"]!;

        Assert.Equal(EventTypes.All, eventSchema["properties"]!["type"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(["day", "month", "year"], eventSchema["properties"]!["datePrecision"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
        Assert.Equal(eventSchema["properties"]!.AsObject().Select(p => p.Key).Order(), eventSchema["required"]!.AsArray().Select(r => r!.GetValue<string>()).Order());
        Assert.Null(eventSchema["properties"]!["title"]!["nullable"]);
        Assert.True(eventSchema["properties"]!["location"]!["nullable"]!.GetValue<bool>());
        Assert.Equal(["person", "country", "organization"], schemas["ParticipantResponse"]!["properties"]!["kind"]!["enum"]!.AsArray().Select(v => v!.GetValue<string>()));
    }

    [Fact]
    public async Task TheIngestionExampleIsSampleArticle001AsItIs()
    {
        var document = await DocumentAsync();
        var sample = JsonNode.Parse(await File.ReadAllTextAsync(Path.Combine(RepositoryRoot.Path, "samples", "articles", "001_901c893cc3c0e6c7.json")))!;

        foreach (var path in new[] { "/api/v1/articles", "/api/v1/extract" })
        {
            var example = document["paths"]![path]!["post"]!["requestBody"]!["content"]!["application/json"]!["example"]!;
            Assert.True(JsonNode.DeepEquals(sample, example), path);
        }
    }

    [Fact]
    public async Task TheDocumentNamesItsServerLicenseTagsAndHealthEndpoints()
    {
        var document = await DocumentAsync();

        Assert.NotEmpty(document["servers"]!.AsArray());
        Assert.NotNull(document["info"]!["license"]!["name"]);
        Assert.All(document["tags"]!.AsArray(), t => Assert.False(string.IsNullOrEmpty(t!["description"]?.GetValue<string>())));
        Assert.NotNull(document["paths"]!["/health/ready"]!["get"]!["responses"]!["503"]);
    }
}
