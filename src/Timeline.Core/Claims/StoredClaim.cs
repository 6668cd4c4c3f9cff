namespace Timeline.Core.Claims;

/// <summary>
/// A claim as stored: the event it currently belongs to and the article making it (id and stable key).
/// <see cref="Pinned"/> claims were placed by an editor (a corrected, hidden, verified, merged or split event holds
/// them): merging never moves them out of their event.
/// </summary>
public sealed record StoredClaim(Guid EventId, Guid ArticleId, string ArticleKey, Claim Claim, bool Pinned = false);
