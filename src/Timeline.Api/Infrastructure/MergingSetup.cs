using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Options;
using Timeline.Core.Merging;

namespace Timeline.Api.Infrastructure;

/// <summary>Settings under "Merging".</summary>
public sealed class MergingOptions
{
    public const string Section = "Merging";

    /// <summary>The same-event judge by its registered name; "rules" (<see cref="RuleSameEventJudge"/>) by default.</summary>
    [Required]
    public string Judge { get; set; } = RulesJudge;

    public const string RulesJudge = "rules";
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
            .Validate(o => o.Judge == MergingOptions.RulesJudge || services.Any(s => s.IsKeyedService && Equals(s.ServiceKey, o.Judge)),
                "Merging:Judge names no registered same-event judge.")
            .ValidateOnStart();
        services.AddKeyedSingleton<ISameEventJudge>(MergingOptions.RulesJudge, (_, _) => RuleSameEventJudge.Instance);
        services.AddSingleton(provider => provider.GetRequiredKeyedService<ISameEventJudge>(
            provider.GetRequiredService<IOptions<MergingOptions>>().Value.Judge));
        return services;
    }
}
