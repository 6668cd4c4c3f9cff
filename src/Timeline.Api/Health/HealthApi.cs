using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Timeline.Data;

namespace Timeline.Api.Health;

public static class HealthApi
{
    public const string DatabaseTag = "ready";

    public static IServiceCollection AddTimelineHealthChecks(this IServiceCollection services)
    {
        services.AddHealthChecks().AddCheck<DatabaseHealthCheck>("database", tags: [DatabaseTag]);
        return services;
    }

    public static void MapHealth(this IEndpointRouteBuilder routes)
    {
        routes.MapHealthChecks("/health/live", new() { Predicate = _ => false })
            .WithTags("Health").WithSummary("Is the process up?").WithDescription("200 when the process answers; checks nothing else.");
        routes.MapHealthChecks("/health/ready", new() { Predicate = check => check.Tags.Contains(DatabaseTag) })
            .WithTags("Health").WithSummary("Is the database reachable?").WithDescription("200 when PostgreSQL answers, else 503.");
    }

    private sealed class DatabaseHealthCheck(TimelineDbContext db) : IHealthCheck
    {
        public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default) =>
            await db.Database.CanConnectAsync(cancellationToken)
                ? HealthCheckResult.Healthy()
                : HealthCheckResult.Unhealthy("PostgreSQL is not reachable.");
    }
}
