using Timeline.Api.Infrastructure.Queries;

namespace Timeline.Api.Infrastructure.OpenApi;

/// <summary>The shapes of dates on the wire, as schema patterns.</summary>
public static class WirePatterns
{
    /// <summary>A date at its precision: YYYY-MM-DD, YYYY-MM or YYYY.</summary>
    public const string Date = DateParameter.Pattern;

    /// <summary>A calendar day, YYYY-MM-DD.</summary>
    public const string Day = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
}
