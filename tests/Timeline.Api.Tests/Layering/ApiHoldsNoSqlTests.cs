using System.Text.RegularExpressions;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Layering;

/// <summary>Every SQL statement lives in Timeline.Data; the Api maps HTTP and queries with EF LINQ only.</summary>
public sealed partial class ApiHoldsNoSqlTests
{
    [Fact]
    public void NoSourceFileOfTheApiHoldsSqlOrRunsItRaw()
    {
        var folder = Path.Combine(RepositoryRoot.Path, "src", "Timeline.Api");
        var files = Directory.EnumerateFiles(folder, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(folder, f).Split(Path.DirectorySeparatorChar).Any(part => part is "bin" or "obj"))
            .ToList();

        var findings = files.SelectMany(file => Findings(File.ReadAllText(file)).Select(f => $"{Path.GetRelativePath(RepositoryRoot.Path, file)}: {f}")).ToList();

        Assert.Contains(files, f => Path.GetFileName(f) == "Program.cs");
        Assert.True(findings.Count == 0, "SQL belongs in src/Timeline.Data:\n" + string.Join('\n', findings));
    }

    [Theory]
    [InlineData("await db.Database.ExecuteSqlRawAsync(sql, ct);", true)]
    [InlineData("var rows = db.Events.FromSqlRaw(text);", true)]
    [InlineData("await using var c = new NpgsqlCommand(text, connection);", true)]
    [InlineData("await using var c = source.CreateCommand(text);", true)]
    [InlineData("var s = \"SELECT id FROM actors\";", true)]
    [InlineData("var s = @\"DELETE FROM articles WHERE id = \"\"x\"\"\";", true)]
    [InlineData("var s = $\"UPDATE events SET title = {title}\";", true)]
    [InlineData("var s = \"\"\"\n    INSERT INTO actors (id)\n    VALUES (1)\n    \"\"\";", true)]
    [InlineData("var s = $$\"\"\"SELECT {{column}} FROM t\"\"\";", true)]
    [InlineData("var s = $\"{(a ? \"x\" : \"y\")}\" + \"SELECT 1\";", true)]
    [InlineData("var s = $\"{{{column}}} FROM t {{SELECT }}\";", true)]
    [InlineData("// SELECT 1 in a comment\nvar s = \"ok\";", false)]
    [InlineData("/* DELETE FROM x */ var q = '\"'; var s = \"ok\"; // UPDATE x SET y = 1", false)]
    [InlineData("/// <summary>Runs INSERT INTO ... ON CONFLICT.</summary>", false)]
    [InlineData("var s = \"Select an event to update it\";", false)]
    [InlineData("var s = $\"{(a ? \"x\" : \"y\")} {{not a hole}} updated\"; var u = \"https://example.org/\";", false)]
    [InlineData("var events = db.Events.Where(e => !e.Hidden).Select(e => e.Id);", false)]
    public void TheScanTellsSqlFromTheSameWordsInCommentsOrProse(string source, bool holdsSql)
    {
        Assert.Equal(holdsSql, Findings(source).Any());
    }

    private static IEnumerable<string> Findings(string source)
    {
        var parts = CSharpSource.Split(source);
        foreach (Match match in RawSqlApi().Matches(parts.Code))
        {
            yield return $"calls {match.Value}";
        }

        foreach (var literal in parts.Literals.Where(l => SqlKeyword().IsMatch(l)).Select(l => l.Trim()))
        {
            yield return $"string \"{(literal.Length > 80 ? literal[..80] + "..." : literal).ReplaceLineEndings(" ")}\"";
        }
    }

    [GeneratedRegex(@"\b(ExecuteSql\w*|FromSql\w*|SqlQuery\w*|NpgsqlCommand|NpgsqlBatch|CreateCommand|CreateBatch)\b")]
    private static partial Regex RawSqlApi();

    // Upper case, as every statement in Timeline.Data is written; prose says "select" and "update" in lower case.
    [GeneratedRegex(@"\b(SELECT|UPDATE)\s|\bINSERT\s+INTO\b|\bDELETE\s+FROM\b")]
    private static partial Regex SqlKeyword();
}
