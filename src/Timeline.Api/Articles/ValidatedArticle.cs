using Timeline.Extraction.Model;

namespace Timeline.Api.Articles;

/// <summary>An ingestion request that passed validation, with its identity hashes.</summary>
public sealed record ValidatedArticle(
    string? Url,
    string? Title,
    string? Publisher,
    DateOnly? PublishedAt,
    string Language,
    string? Text,
    string? Html,
    string ContentHash,
    string Fingerprint)
{
    /// <summary>What the per-article lock is taken on: the same article always maps to the same key.</summary>
    public string IdentityKey => Url is null ? $"hash:{ContentHash}" : $"url:{Url}";

    public ArticleInput ToInput() => new(Text, Html, Url, Title, Publisher, PublishedAt, Language);
}
