using System.Text.RegularExpressions;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Clients;

/// <summary>
/// A client generated from the document with openapi-typescript compiles under tsc --strict in a typed example that
/// lists, filters and pages events with no casts, and the example runs against the service.
/// </summary>
[Collection(TimelineCollection.Name)]
public sealed partial class TypeScriptClientTests(TimelineFixture fixture)
{
    [Fact]
    public async Task TheStrictTypedExampleCompilesWithNoCastsAndRunsAgainstTheService()
    {
        await using var server = await LiveServer.StartWithSamplesAsync(fixture);
        var document = Path.Combine(Path.GetTempPath(), $"timeline-openapi-{Guid.NewGuid():N}.json");
        using (var client = new HttpClient { BaseAddress = server.Address })
        {
            await File.WriteAllTextAsync(document, await client.GetStringAsync("/swagger/v1/swagger.json"));
        }

        var generated = await NodeTools.ToolAsync("openapi-typescript", document, "-o", "generated/timeline.ts");
        Assert.True(generated.ExitCode == 0, generated.Output);
        var compiled = await NodeTools.ToolAsync("tsc", "-p", "tsconfig.json");
        Assert.True(compiled.ExitCode == 0, compiled.Output);
        var source = await File.ReadAllTextAsync(Path.Combine(NodeTools.Folder, "src", "example.ts"));
        Assert.DoesNotMatch(Cast(), source);
        var run = await NodeTools.RunAsync("node", "dist/src/example.js", server.Address.ToString().TrimEnd('/'));

        Assert.True(run.ExitCode == 0, run.Output);
        Assert.Matches(@"paged through (\d+) event\(s\) two at a time, \1 distinct", run.Output);
        Assert.Contains("limit=0 is refused naming: limit", run.Output);
    }

    // `value as Type`, `<Type>value` and non-null assertions `value!.` / `value!)`.
    [GeneratedRegex(@"\bas\s+(?!const\b)[A-Za-z_{\[(]|<[A-Z][A-Za-z0-9_\[\]""|]*>\s*[A-Za-z_(]|[A-Za-z0-9_)\]]!\s*[.)\];,]")]
    private static partial Regex Cast();
}
