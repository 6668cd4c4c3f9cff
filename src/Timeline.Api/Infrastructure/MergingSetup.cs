using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Timeline.Core.Merging;
using Timeline.Extraction.Learning;

namespace Timeline.Api.Infrastructure;

/// <summary>Settings under "Merging".</summary>
public sealed class MergingOptions
{
    public const string Section = "Merging";

    /// <summary>
    /// The same-event judge by its registered name: "learned" (<see cref="LearnedSameEventJudge"/>, the default) or
    /// "rules" (<see cref="RuleSameEventJudge"/>).
    /// </summary>
    [Required]
    public string Judge { get; set; } = LearnedJudge;

    public const string RulesJudge = "rules";

    public const string LearnedJudge = "learned";
}

/// <summary>
/// The same-event judge (Timeline.Core's seam) through DI: each implementation is registered under a name, and
/// Merging:Judge picks the one the merger uses, so a learned judge is swapped in by configuration.
/// </summary>
public static class MergingSetup
{
    public static IServiceCollection AddSameEventJudges(this IServiceCollection services)
    {
        services.AddOptions<MergingOptions>().BindConfiguration(MergingOptions.Section).ValidateDataAnnotations()
            .Validate(o => o.Judge is MergingOptions.RulesJudge or MergingOptions.LearnedJudge || services.Any(s => s.IsKeyedService && Equals(s.ServiceKey, o.Judge)),
                "Merging:Judge names no registered same-event judge.")
            .ValidateOnStart();
        services.AddKeyedSingleton<ISameEventJudge>(MergingOptions.RulesJudge, (_, _) => RuleSameEventJudge.Instance);
        // The learned judge reads the same folder of models as the extractor when one is configured (a model trained
        // without one part, to score that part), else the models inside the library.
        services.AddKeyedSingleton<ISameEventJudge>(MergingOptions.LearnedJudge, (provider, _) =>
            provider.GetRequiredService<IConfiguration>()["Extraction:ModelDirectory"] is { Length: > 0 } directory
                ? new LearnedSameEventJudge(ExtractionModels.FromDirectory(directory).SameEvent)
                : LearnedSameEventJudge.Default);
        services.AddSingleton(provider => provider.GetRequiredKeyedService<ISameEventJudge>(
            provider.GetRequiredService<IOptions<MergingOptions>>().Value.Judge));
        return services;
    }
}
