using System.Globalization;
using System.Text.Json;
using AngleSharp.Dom;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Cleaning;

/// <summary>Title, publisher and publication date from meta tags, JSON-LD and time elements.</summary>
internal static class HtmlMetadataReader
{
    private static readonly string[] ArticleTypes = ["NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "BlogPosting", "WebPage"];

    public static (string? Title, string? Publisher, DateOnly? PublishedAt) Read(IDocument document)
    {
        var (ldTitle, ldPublisher, ldDate) = ReadJsonLd(document);
        var title = Meta(document, "og:title") ?? ldTitle ?? Meta(document, "twitter:title") ?? NonEmpty(document.Title);
        var publisher = Meta(document, "og:site_name") ?? ldPublisher ?? Meta(document, "application-name");
        var published = ParseDate(Meta(document, "article:published_time"))
            ?? ldDate
            ?? ParseDate(Meta(document, "date") ?? Meta(document, "pubdate") ?? Meta(document, "publish-date") ?? Meta(document, "dc.date"))
            ?? ParseDate(document.QuerySelector("time[datetime]")?.GetAttribute("datetime"));
        return (title, publisher, published);
    }

    /// <summary>
    /// Reads the date as written ("2022-10-07T22:00:00-04:00" is Oct 7 where it was published); a date outside
    /// <see cref="PublicationDates"/> is a placeholder, read as no date.
    /// </summary>
    public static DateOnly? ParseDate(string? value) => ParseAnyDate(value) is { } date && PublicationDates.IsPlausible(date) ? date : null;

    private static DateOnly? ParseAnyDate(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        value = value.Trim();
        if (value.Length >= 10 && DateOnly.TryParseExact(value[..10], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        return DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed)
            ? DateOnly.FromDateTime(parsed.DateTime)
            : null;
    }

    private static string? Meta(IDocument document, string key)
    {
        foreach (var meta in document.QuerySelectorAll("meta"))
        {
            var name = meta.GetAttribute("property") ?? meta.GetAttribute("name") ?? meta.GetAttribute("itemprop");
            if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase))
            {
                return NonEmpty(meta.GetAttribute("content"));
            }
        }

        return null;
    }

    private static (string?, string?, DateOnly?) ReadJsonLd(IDocument document)
    {
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                using var json = JsonDocument.Parse(script.TextContent);
                if (FindArticle(json.RootElement) is { } article)
                {
                    return (
                        NonEmpty(String(article, "headline")),
                        article.TryGetProperty("publisher", out var publisher) ? NonEmpty(publisher.ValueKind == JsonValueKind.String ? publisher.GetString() : String(publisher, "name")) : null,
                        ParseDate(String(article, "datePublished")));
                }
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common on real pages; the other metadata sources still apply.
            }
        }

        return (null, null, null);
    }

    private static JsonElement? FindArticle(JsonElement element)
    {
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                if (FindArticle(item) is { } found)
                {
                    return found;
                }
            }

            return null;
        }

        if (element.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        if (element.TryGetProperty("@graph", out var graph) && FindArticle(graph) is { } inGraph)
        {
            return inGraph;
        }

        return element.TryGetProperty("@type", out var type) && IsArticleType(type) ? element : null;
    }

    private static bool IsArticleType(JsonElement type) => type.ValueKind switch
    {
        JsonValueKind.String => ArticleTypes.Contains(type.GetString(), StringComparer.OrdinalIgnoreCase),
        JsonValueKind.Array => type.EnumerateArray().Any(IsArticleType),
        _ => false,
    };

    private static string? String(JsonElement element, string property) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String
            ? value.GetString()
            : null;

    private static string? NonEmpty(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
