// Scaffolds an EF Core migration for Timeline.Data without the dotnet-ef tool (the package mirror lacks it).
// Usage: dotnet run --project tools/Timeline.Migrations -- <MigrationName> [path/to/src/Timeline.Data]
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Design;
using Microsoft.EntityFrameworkCore.Migrations.Design;
using Microsoft.Extensions.DependencyInjection;
using Npgsql.EntityFrameworkCore.PostgreSQL.Design.Internal;
using Timeline.Data;

if (args.Length is < 1 or > 2)
{
    Console.Error.WriteLine("usage: Timeline.Migrations <MigrationName> [projectDir]");
    return 2;
}

var name = args[0];
var projectDir = Path.GetFullPath(args.Length > 1 ? args[1] : Path.Combine("src", "Timeline.Data"));

// The model does not depend on the server, so no database is contacted.
var options = new DbContextOptionsBuilder<TimelineDbContext>()
    .UseNpgsql("Host=localhost;Database=design_time")
    .Options;
await using var context = new TimelineDbContext(options);

var services = new ServiceCollection();
services.AddEntityFrameworkDesignTimeServices();
services.AddDbContextDesignTimeServices(context);
#pragma warning disable EF1001 // Npgsql's design-time services are the supported way to scaffold for PostgreSQL.
new NpgsqlDesignTimeServices().ConfigureDesignTimeServices(services);
#pragma warning restore EF1001
await using var provider = services.BuildServiceProvider();

var scaffolder = provider.GetRequiredService<IMigrationsScaffolder>();
var migration = scaffolder.ScaffoldMigration(name, rootNamespace: "Timeline.Data", subNamespace: "Migrations");
var files = scaffolder.Save(projectDir, migration, Path.Combine(projectDir, "Migrations"));
Console.WriteLine(files.MigrationFile);
Console.WriteLine(files.MetadataFile);
Console.WriteLine(files.SnapshotFile);
return 0;
