using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Service;

namespace Timeline.Evaluation.Scoring;

/// <summary>A gold file and the events the service finally holds for its article (empty when ingestion failed).</summary>
public sealed record FileOutcome(GoldFile File, string? ArticleId, IReadOnlyList<SystemEvent> Events, string? Error = null);
