using System.Reflection;
using System.Text.Json;
using Timeline.Extraction.Model;

namespace Timeline.Benchmarks;

/// <summary>The five seed articles from samples/articles, as the service would receive them (text, no publication date).</summary>
public static class SeedArticles
{
    private static readonly Lazy<IReadOnlyList<ArticleInput>> All = new(Load);

    public static IReadOnlyList<ArticleInput> Inputs => All.Value;

    private static IReadOnlyList<ArticleInput> Load()
    {
        var assembly = typeof(SeedArticles).Assembly;
        var articles = assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("seeds/", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))
            .ToList();
        return articles.Count == 5 ? articles : throw new InvalidOperationException($"Expected the 5 seed articles, found {articles.Count}.");
    }

    private static ArticleInput Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        var article = JsonSerializer.Deserialize<ArticleInput>(stream, JsonSerializerOptions.Web)
            ?? throw new InvalidOperationException($"{name} is empty.");
        return string.IsNullOrWhiteSpace(article.Text) ? throw new InvalidOperationException($"{name} has no text.") : article;
    }
}
