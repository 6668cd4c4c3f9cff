using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Api.Articles;

/// <summary>Checks each field of an ingestion request; the errors are keyed by field name (422).</summary>
public static partial class ArticleValidator
{
    public static (ValidatedArticle? Article, Dictionary<string, string[]> Errors) Validate(ArticleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var hasText = request.Text is not null;
        var hasHtml = request.Html is not null;
        if (hasText == hasHtml)
        {
            var message = hasText ? "Give only one of text and html, not both." : "Give the article as text or as html.";
            errors["text"] = [message];
            errors["html"] = [message];
        }
        else if (string.IsNullOrWhiteSpace(request.Text ?? request.Html))
        {
            errors[hasText ? "text" : "html"] = ["Must not be empty."];
        }

        var url = request.Url?.Trim();
        if (url is not null && !IsAbsoluteHttpUri(url))
        {
            errors["url"] = ["Must be an absolute http or https URI, e.g. https://example.org/story."];
        }

        DateOnly? publishedAt = null;
        if (request.PublishedAt is not null)
        {
            publishedAt = ParseIsoDate(request.PublishedAt);
            if (publishedAt is null)
            {
                errors["publishedAt"] = ["Must be an ISO 8601 date or date-time, e.g. 2025-05-23 or 2025-05-23T05:30:00Z."];
            }
        }

        var language = string.IsNullOrWhiteSpace(request.Language) ? "en" : request.Language.Trim();
        if (!LanguageTag().IsMatch(language))
        {
            errors["language"] = ["Must be a BCP 47 language tag, e.g. en or zh-Hans."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var content = (request.Text ?? request.Html)!;
        var article = new ValidatedArticle(
            url,
            Clean(request.Title),
            Clean(request.Publisher),
            publishedAt,
            language,
            request.Text,
            request.Html,
            ArticleIdentity.ContentHash(content),
            ArticleIdentity.Fingerprint(url, request.Title, request.Publisher, request.PublishedAt, language, request.Text, request.Html));
        return (article, errors);
    }

    private static bool IsAbsoluteHttpUri(string value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    /// <summary>The calendar date as written: "2025-05-23T23:30:00-04:00" is May 23 where it was published.</summary>
    private static DateOnly? ParseIsoDate(string value)
    {
        var trimmed = value.Trim();
        if (!IsoDate().IsMatch(trimmed))
        {
            return null;
        }

        if (trimmed.Length == 10)
        {
            return DateOnly.TryParseExact(trimmed, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
        }

        return DateTimeOffset.TryParse(trimmed, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var moment)
            ? DateOnly.FromDateTime(moment.DateTime)
            : null;
    }

    private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
