using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace Timeline.Api.Health;

public static class HealthApi
{
    public const string DatabaseTag = "ready";

    public static IServiceCollection AddTimelineHealthChecks(this IServiceCollection services)
    {
        // One instance: it owns the probe's data source.
        services.AddSingleton<DatabaseHealthCheck>();
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseTag]);
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new() { Predicate = _ => false })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithTags("Health").WithSummary("Is the process up?").WithDescription("200 when the process answers; checks nothing else.");
        routes.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(DatabaseTag) })
            .WithMetadata(new HttpMethodMetadata([HttpMethods.Get, HttpMethods.Head]))
            .WithTags("Health").WithSummary("Is the database reachable?").WithDescription($"200 when PostgreSQL answers {DatabaseProbe.Statement} within Database:ReadinessTimeout (1.5 s by default), else 503.");
    }
}
