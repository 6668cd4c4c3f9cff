using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using Timeline.Data;
using Timeline.Extraction.Actors;

namespace Timeline.Api.Infrastructure;

public static class DatabaseSetup
{
    public static IServiceCollection AddTimelineDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddDbContext<TimelineDbContext>(options => options.UseNpgsql(
            configuration.GetConnectionString("Timeline")
                ?? throw new InvalidOperationException("Set the connection string ConnectionStrings:Timeline (env ConnectionStrings__Timeline).")));
        return services;
    }

    /// <summary>Applies pending migrations (when enabled) and upserts the gazetteer's actors.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await db.Database.MigrateAsync();
        }

        await ActorStore.UpsertAsync(db, Gazetteer.Default.Actors, CancellationToken.None);
        await ActorStore.LoadDirectoryAsync(db, CancellationToken.None);
    }
}
