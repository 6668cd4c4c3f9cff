using Microsoft.EntityFrameworkCore;
using Timeline.Core.Claims;
using Timeline.Extraction.Model;

namespace Timeline.Data.Store;

/// <summary>Writes actors with INSERT ... ON CONFLICT, so concurrent articles naming one new person never collide.</summary>
public static class ActorStore
{
    /// <summary>Inserts or refreshes every actor (the gazetteer at start-up; idempotent).</summary>
    public static Task UpsertAsync(TimelineDbContext db, IEnumerable<Actor> actors, CancellationToken cancellationToken) =>
        WriteAsync(db, actors, "DO UPDATE SET name = EXCLUDED.name, kind = EXCLUDED.kind, country = EXCLUDED.country, aliases = EXCLUDED.aliases", cancellationToken);

    /// <summary>Inserts actors that are not stored yet and leaves known ones alone.</summary>
    public static Task EnsureAsync(TimelineDbContext db, IEnumerable<Actor> actors, CancellationToken cancellationToken) =>
        WriteAsync(db, actors, "DO NOTHING", cancellationToken);

    /// <summary>Tells <see cref="ActorDirectory"/> about every stored actor (those of older gazetteers too).</summary>
    public static async Task LoadDirectoryAsync(TimelineDbContext db, CancellationToken cancellationToken)
    {
        var stored = await db.Actors.AsNoTracking().Select(a => new { a.Id, a.Name, a.Aliases }).ToListAsync(cancellationToken);
        ActorDirectory.Add(stored.Select(a => (a.Id, a.Name, (IEnumerable<string>)a.Aliases)));
    }

    private static async Task WriteAsync(TimelineDbContext db, IEnumerable<Actor> actors, string onConflict, CancellationToken cancellationToken)
    {
        // Sorted so two transactions inserting the same new actors lock their rows in the same order.
        var distinct = actors.DistinctBy(a => a.Id).OrderBy(a => a.Id, StringComparer.Ordinal).ToList();
        if (distinct.Count == 0)
        {
            return;
        }

        ActorDirectory.Add(distinct.Select(a => (a.Id, a.Name, (IEnumerable<string>)a.Aliases)));
        var ids = distinct.Select(a => a.Id).ToArray();
        var names = distinct.Select(a => a.Name).ToArray();
        var kinds = distinct.Select(a => EventTypes.ToApi(a.Kind)).ToArray();
        var countries = distinct.Select(a => a.Country).ToArray();
        var aliases = distinct.Select(a => string.Join('\u001f', a.Aliases)).ToArray();
        var sql = $"""
            INSERT INTO actors (id, name, kind, country, aliases)
            SELECT id, name, kind, country, CASE WHEN alias_list = '' THEN ARRAY[]::text[] ELSE string_to_array(alias_list, E'\x1f') END
            FROM unnest(@ids, @names, @kinds, @countries, @aliases) AS t(id, name, kind, country, alias_list)
            ON CONFLICT (id) {onConflict}
            """;
        await db.Database.ExecuteSqlRawAsync(
            sql,
            [
                new Npgsql.NpgsqlParameter("ids", ids),
                new Npgsql.NpgsqlParameter("names", names),
                new Npgsql.NpgsqlParameter("kinds", kinds),
                new Npgsql.NpgsqlParameter("countries", countries),
                new Npgsql.NpgsqlParameter("aliases", aliases),
            ],
            cancellationToken);
    }
}
