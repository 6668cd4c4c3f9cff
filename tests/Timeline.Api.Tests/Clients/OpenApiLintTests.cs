using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Clients;

/// <summary>The document lints clean with Redocly (recommended rules, examples checked) and Spectral (spectral:oas).</summary>
[Collection(TimelineCollection.Name)]
public sealed class OpenApiLintTests(TimelineFixture fixture)
{
    [Fact]
    public async Task RedoclyRecommendedRulesFindNoError()
    {
        var document = await WriteDocumentAsync();

        var (code, output) = await NodeTools.ToolAsync("redocly", "lint", "--config", "redocly.yaml", "--format", "stylish", document);

        Assert.True(code == 0, output);
        Assert.Contains("Your API description is valid", output);
    }

    [Fact]
    public async Task SpectralOasRulesFindNoError()
    {
        var document = await WriteDocumentAsync();

        var (code, output) = await NodeTools.ToolAsync("spectral", "lint", "--ruleset", ".spectral.yaml", "--fail-severity", "error", document);

        Assert.True(code == 0, output);
        Assert.Contains("0 errors", output);
    }

    private async Task<string> WriteDocumentAsync()
    {
        var path = Path.Combine(Path.GetTempPath(), $"timeline-openapi-{Guid.NewGuid():N}.json");
        await File.WriteAllTextAsync(path, await fixture.Reader().GetStringAsync("/swagger/v1/swagger.json"));
        return path;
    }
}
