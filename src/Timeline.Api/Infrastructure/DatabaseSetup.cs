using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.Extensions.Options;
using Npgsql;
using Timeline.Data;
using Timeline.Extraction.Actors;

namespace Timeline.Api.Infrastructure;

public static class DatabaseSetup
{
    // Npgsql's defaults: a connection string that leaves them unchanged gets the service's shorter ones.
    private const int NpgsqlDefaultConnectTimeout = 15;
    private const int NpgsqlDefaultCommandTimeout = 30;

    public static IServiceCollection AddTimelineDatabase(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.AddHttpContextAccessor();
        services.AddSingleton(provider => new DatabaseConnection(ConnectionString(configuration, provider.GetRequiredService<IOptions<DatabaseOptions>>().Value)));
        services.AddDbContext<TimelineDbContext>((provider, options) =>
        {
            var database = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var connection = provider.GetRequiredService<DatabaseConnection>();
            options.UseNpgsql(connection.String, npgsql => npgsql.CommandTimeout(CommandTimeout(provider, database, connection)));
        });
        return services;
    }

    /// <summary>Applies pending migrations (when enabled) and upserts the gazetteer's actors.</summary>
    public static async Task PrepareDatabaseAsync(this WebApplication app)
    {
        await using var scope = app.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        if (scope.ServiceProvider.GetRequiredService<IOptions<DatabaseOptions>>().Value.MigrateOnStartup)
        {
            await MigrateAsync(db, app.Logger);
        }

        await ActorStore.UpsertAsync(db, Gazetteer.Default.Actors, CancellationToken.None);
        await ActorStore.LoadDirectoryAsync(db, CancellationToken.None);
    }

    /// <summary>
    /// EF Core reads its history table before creating it and logs that failed read as an error on a first start;
    /// the migration runs on a context that logs command failures at Debug, and a real failure is logged here.
    /// </summary>
    private static async Task MigrateAsync(TimelineDbContext db, ILogger logger)
    {
        var options = new DbContextOptionsBuilder<TimelineDbContext>((DbContextOptions<TimelineDbContext>)db.GetService<IDbContextOptions>())
            .ConfigureWarnings(warnings => warnings.Log((RelationalEventId.CommandError, LogLevel.Debug)))
            .Options;
        await using var quiet = new TimelineDbContext(options);
        try
        {
            var pending = (await quiet.Database.GetPendingMigrationsAsync()).ToList();
            await quiet.Database.MigrateAsync();
            logger.LogInformation("Database schema is up to date ({Applied} migrations applied now)", pending.Count);
        }
        catch (Exception exception)
        {
            logger.LogCritical(exception, "Could not apply the database migrations");
            throw;
        }
    }

    private static string ConnectionString(IConfiguration configuration, DatabaseOptions options)
    {
        var given = configuration.GetConnectionString("Timeline")
            ?? throw new InvalidOperationException("Set the connection string ConnectionStrings:Timeline (env ConnectionStrings__Timeline).");
        var builder = new NpgsqlConnectionStringBuilder(given);
        if (builder.Timeout == NpgsqlDefaultConnectTimeout)
        {
            builder.Timeout = options.ConnectTimeoutSeconds;
        }

        return builder.ConnectionString;
    }

    /// <summary>Reads get the short timeout; writes keep the connection string's own, or the write default.</summary>
    private static int CommandTimeout(IServiceProvider provider, DatabaseOptions options, DatabaseConnection connection)
    {
        var method = provider.GetRequiredService<IHttpContextAccessor>().HttpContext?.Request.Method;
        if (method is not null && (HttpMethods.IsGet(method) || HttpMethods.IsHead(method)))
        {
            return options.ReadTimeoutSeconds;
        }

        return connection.CommandTimeout == NpgsqlDefaultCommandTimeout ? options.WriteTimeoutSeconds : connection.CommandTimeout;
    }
}

/// <summary>The connection string the service uses, after its default timeouts are applied.</summary>
public sealed class DatabaseConnection(string connectionString)
{
    public string String { get; } = connectionString;

    public int CommandTimeout { get; } = new NpgsqlConnectionStringBuilder(connectionString).CommandTimeout;
}
