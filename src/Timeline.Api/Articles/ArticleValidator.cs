using System.Globalization;
using System.Text.RegularExpressions;
using Timeline.Extraction.Model;

namespace Timeline.Api.Articles;

/// <summary>
/// The input rules of an ingestion request, in one place; the errors are keyed by field name (422). Text fields
/// are cleaned rather than refused (<see cref="InputText"/>); the url is normalized (<see cref="ArticleUrl"/>);
/// dates outside <see cref="PublicationDates"/> and overlong metadata are refused.
/// </summary>
public static partial class ArticleValidator
{
    public const int MaxTitleLength = 1000;
    public const int MaxPublisherLength = 300;
    public const int MaxLanguageLength = 35;

    public static (ValidatedArticle? Article, Dictionary<string, string[]> Errors) Validate(ArticleRequest request)
    {
        var errors = new Dictionary<string, string[]>();
        var (text, html) = (InputText.Clean(request.Text), InputText.Clean(request.Html));
        var (title, publisher) = (InputText.Clean(request.Title), InputText.Clean(request.Publisher));
        var hasText = text is not null;
        var hasHtml = html is not null;
        if (hasText == hasHtml)
        {
            var message = hasText ? "Give only one of text and html, not both." : "Give the article as text or as html.";
            errors["text"] = [message];
            errors["html"] = [message];
        }
        else if (string.IsNullOrWhiteSpace(text ?? html))
        {
            errors[hasText ? "text" : "html"] = ["Must not be empty."];
        }

        string? url = null;
        if (request.Url is not null)
        {
            (url, var urlError) = ArticleUrl.Normalize(request.Url);
            if (urlError is not null)
            {
                errors["url"] = [urlError];
            }
        }

        DateOnly? publishedAt = null;
        if (request.PublishedAt is not null)
        {
            publishedAt = ParseIsoDate(request.PublishedAt);
            if (publishedAt is null)
            {
                errors["publishedAt"] = ["Must be an ISO 8601 date or date-time, e.g. 2025-05-23 or 2025-05-23T05:30:00Z."];
            }
            else if (!PublicationDates.IsPlausible(publishedAt.Value))
            {
                errors["publishedAt"] = [$"Must be a date from {PublicationDates.Earliest:yyyy} to {PublicationDates.Latest:yyyy}."];
            }
        }

        CheckLength(errors, "title", title, MaxTitleLength);
        CheckLength(errors, "publisher", publisher, MaxPublisherLength);
        var language = string.IsNullOrWhiteSpace(request.Language) ? "en" : request.Language.Trim();
        if (language.Length > MaxLanguageLength || !LanguageTag().IsMatch(language))
        {
            errors["language"] = [$"Must be a BCP 47 language tag of at most {MaxLanguageLength} characters, e.g. en or zh-Hans."];
        }

        if (errors.Count > 0)
        {
            return (null, errors);
        }

        var article = new ValidatedArticle(
            url,
            Trimmed(title),
            Trimmed(publisher),
            publishedAt,
            language,
            text,
            html,
            ArticleIdentity.ContentHash((text ?? html)!),
            ArticleIdentity.Fingerprint(url, title, publisher, request.PublishedAt, language, text, html));
        return (article, errors);
    }

    private static void CheckLength(Dictionary<string, string[]> errors, string field, string? value, int max)
    {
        if (value?.Trim().Length > max)
        {
            errors[field] = [$"Must be at most {max} characters."];
        }
    }

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

    private static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d{1,7})?)?(Z|[+-]\d{2}:?\d{2})?)?$")]
    private static partial Regex IsoDate();

    [GeneratedRegex(@"^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$")]
    private static partial Regex LanguageTag();
}
