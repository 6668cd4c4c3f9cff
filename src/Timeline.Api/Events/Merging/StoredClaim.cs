namespace Timeline.Api.Events.Merging;

/// <summary>A claim as stored: the event it currently belongs to and the article making it (id and stable key).</summary>
public sealed record StoredClaim(Guid EventId, Guid ArticleId, string ArticleKey, Claim Claim);
