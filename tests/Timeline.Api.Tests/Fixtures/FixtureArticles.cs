using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Fixtures;

/// <summary>One synthetic article of Fixtures/articles, in the ingestion body format.</summary>
public sealed record FixtureArticle(string File, JsonObject Body);

/// <summary>
/// Short articles written for the tests (not taken from any outlet): three reports of one meeting, two of one call,
/// two of one round of talks and tariff rise, and an unrelated meeting. Copied next to the test assembly.
/// </summary>
public static class FixtureArticles
{
    public static IReadOnlyList<FixtureArticle> All()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Fixtures", "articles");
        var files = Directory.GetFiles(folder, "*.json").Order(StringComparer.Ordinal).ToList();
        Assert.True(files.Count >= 8, $"expected the fixture articles in {folder}, found {files.Count}");
        return files
            .Select(path => new FixtureArticle(Path.GetFileNameWithoutExtension(path), JsonNode.Parse(File.ReadAllText(path))!.AsObject()))
            .ToList();
    }
}
