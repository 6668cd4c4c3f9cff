using Timeline.Core.Claims;
using Timeline.Extraction.Learning;

namespace Timeline.Core.Merging;

/// <summary>
/// The same-event decision learned from pairs of reports in the annotated articles (<see cref="SameEventFeatures"/>,
/// model same-event.json, trained by scripts/train.sh): two candidate claims are one event when the model's probability
/// reaches <see cref="Threshold"/>, set high because one false merge costs more than a missed one (the clustering links
/// day-dated claims singly, so one wrong link joins two events). Candidates are still found by family and date reach
/// outside the judge.
/// </summary>
public sealed class LearnedSameEventJudge(LinearModel model, float threshold = LearnedSameEventJudge.Threshold) : ISameEventJudge
{
    /// <summary>Chosen by leave-one-part-out cross-validation of merging (Timeline.Training sweep).</summary>
    public const float Threshold = 0.8f;

    private readonly int _yes = model.IndexOf("yes");

    public static LearnedSameEventJudge Default { get; } = new(ExtractionModels.Default.SameEvent);

    public bool Same(Claim a, Claim b) => model.Probabilities(SameEventFeatures.Of(a, b))[_yes] >= threshold;
}
