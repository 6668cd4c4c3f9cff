namespace Timeline.Api.Articles.Batch;

/// <summary>What happened to each article of a batch, in the order they were sent, and the totals.</summary>
/// <param name="Items">One result per article of the batch, in order.</param>
/// <param name="Created">Articles stored for the first time (201).</param>
/// <param name="Unchanged">Articles already stored unchanged, skipped (200).</param>
/// <param name="Replaced">Stored articles whose content or metadata changed (200).</param>
/// <param name="Rejected">Articles refused with reasons (422).</param>
public sealed record BatchResult(IReadOnlyList<BatchItemResult> Items, int Created, int Unchanged, int Replaced, int Rejected);

/// <summary>The outcome for one article of a batch.</summary>
/// <param name="Index">Its position in the batch (0-based).</param>
/// <param name="Status">201 created, 200 unchanged or replaced, 422 rejected: what POST /api/v1/articles would answer.</param>
/// <param name="Outcome">created, unchanged, replaced or rejected.</param>
/// <param name="Id">The stored article's id (null when rejected).</param>
/// <param name="Url">The article's url, if it has one.</param>
/// <param name="Errors">Why it was rejected, by field, as in a validation problem.</param>
public sealed record BatchItemResult(int Index, int Status, string Outcome, Guid? Id, string? Url, IReadOnlyDictionary<string, string[]>? Errors);
