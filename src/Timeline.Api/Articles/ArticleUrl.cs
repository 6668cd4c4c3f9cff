namespace Timeline.Api.Articles;

/// <summary>
/// An article's address as its identity: one page is one article however its link was written. The scheme and
/// host are lower-cased, a default port is dropped, and so are the fragment (a position in the page) and any
/// credentials (user:password@, which must never be stored). Path and query are kept as given.
/// </summary>
public static class ArticleUrl
{
    /// <summary>Longer urls are refused: no real article needs them, and the unique index cannot hold them.</summary>
    public const int MaxLength = 2048;

    /// <summary>The normalized url, or the reason the value is not a usable article url.</summary>
    public static (string? Url, string? Error) Normalize(string value)
    {
        var trimmed = value.Trim();
        if (InputText.HasControlCharacters(trimmed))
        {
            return (null, "Must not contain control characters.");
        }

        if (trimmed.Length > MaxLength)
        {
            return (null, $"Must be at most {MaxLength} characters (it has {trimmed.Length}).");
        }

        if (!Uri.TryCreate(trimmed, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
            || uri.Host.Length == 0)
        {
            return (null, "Must be an absolute http or https URI, e.g. https://example.org/story.");
        }

        // HttpRequestUrl = scheme, host, a non-default port, path and query: no user info, no fragment.
        var normalized = uri.GetComponents(UriComponents.HttpRequestUrl, UriFormat.UriEscaped);
        return normalized.Length > MaxLength
            ? (null, $"Must be at most {MaxLength} characters once escaped (it has {normalized.Length}).")
            : (normalized, null);
    }
}
