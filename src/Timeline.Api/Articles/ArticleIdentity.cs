using System.Security.Cryptography;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Api.Articles;

public static partial class ArticleIdentity
{
    /// <summary>Hash of the content with whitespace runs collapsed, so re-wrapped copies of one text are one article.</summary>
    public static string ContentHash(string content) => Sha256(Whitespace().Replace(content, " ").Trim());

    /// <summary>Hash of everything submitted; an unchanged re-post has the same fingerprint.</summary>
    public static string Fingerprint(params string?[] parts) =>
        Sha256(string.Join("\u001f", parts.Select(p => p ?? "\u0000")));

    private static string Sha256(string value) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(value)));

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
