using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Npgsql;
using NpgsqlTypes;
using Timeline.Bench.Archive;

namespace Timeline.Bench;

/// <summary>
/// Bulk-loads a large timeline straight into the database (COPY), shaped as the service stores it: events with
/// their denormalized columns, participants, one article per source, claims with evidence. Secondary indexes are
/// dropped during the load and rebuilt after it, then everything is ANALYZEd.
/// </summary>
public static class EventSeeder
{
    private static readonly string[] Filler = Sentences.Filler;

    public static async Task RunAsync(string connectionString, int count, int seed)
    {
        // COPY of a million rows takes minutes on a busy machine: no command timeout.
        await using var data = NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(connectionString) { CommandTimeout = 0 }.ConnectionString);
        await using var connection = await data.OpenConnectionAsync();
        // The definitions are kept in a table until they are rebuilt, so an interrupted load loses no index.
        await Execute(connection, """
            CREATE TABLE IF NOT EXISTS bench_indexes AS
            SELECT indexname AS name, indexdef AS definition FROM pg_indexes
            WHERE schemaname = 'public' AND tablename IN ('events', 'event_sources', 'event_participants', 'articles') AND indexname NOT LIKE 'PK_%';
            """);
        var indexes = new List<(string Name, string Definition)>();
        await using (var read = new NpgsqlCommand("SELECT name, definition FROM bench_indexes", connection))
        await using (var reader = await read.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                indexes.Add((reader.GetString(0), reader.GetString(1)));
            }
        }

        await Execute(connection, "TRUNCATE event_sources, event_participants, events, articles; " +
            string.Join(" ", indexes.Select(i => $"DROP INDEX IF EXISTS \"{i.Name}\";")));
        // Events are staged with their search text, then inserted with the vector computed, so no row is written twice.
        await Execute(connection, "DROP TABLE IF EXISTS bench_events; CREATE UNLOGGED TABLE bench_events (LIKE events); ALTER TABLE bench_events DROP COLUMN search_vector, ADD COLUMN search_text text;");

        var random = new Random(seed);
        var world = new World(random);
        await using (var events = await connection.BeginBinaryImportAsync(
            "COPY bench_events (id, type, cameo_code, earliest, latest, precision, sort_date, title, summary, location, topics, confidence, actor_ids, publishers, search_text) FROM STDIN (FORMAT BINARY)"))
        {
            // Participants, articles and claims go to files first: one COPY stream per connection at a time.
            var participants = new List<(Guid, string, string?)>();
            var sources = new List<object[]>();
            for (var n = 0; n < count; n++)
            {
                var story = world.Next(n);
                var id = Guid.CreateVersion7(new DateTimeOffset(story.Date.ToDateTime(TimeOnly.MinValue), TimeSpan.Zero).AddSeconds(n % 86400));
                var (earliest, latest, precision) = Precision(story.Date, random);
                var people = new[] { story.Subject, story.Counterpart }.OfType<Person>().ToList();
                var actorIds = people.Select(p => p.Actor.Id).Concat(["china", "united-states"]).ToArray();
                var evidence = Sentences.Report(story, random.Next(3)).Replace("{D}", "on " + story.Date.ToString("MMMM d", CultureInfo.InvariantCulture));
                var sourceCount = 1 + (random.Next(10) < 4 ? 1 : 0) + (random.Next(10) < 2 ? 1 : 0);
                var publishers = new List<string>();
                var evidenceTexts = new List<string>();
                for (var s = 0; s < sourceCount; s++)
                {
                    var outlet = Outlets.Papers[random.Next(Outlets.Papers.Length)];
                    publishers.Add(outlet.Name.ToLowerInvariant());
                    evidenceTexts.Add(evidence);
                    sources.Add([id, outlet, story, evidence, earliest, latest, precision, people, s]);
                }

                var title = Sentences.Headline(story);
                await events.StartRowAsync();
                await events.WriteAsync(id, NpgsqlDbType.Uuid);
                await events.WriteAsync(Type(story.Kind), NpgsqlDbType.Varchar);
                await events.WriteAsync(Cameo(story.Kind), NpgsqlDbType.Varchar);
                await events.WriteAsync(earliest, NpgsqlDbType.Date);
                await events.WriteAsync(latest, NpgsqlDbType.Date);
                await events.WriteAsync(precision, NpgsqlDbType.Varchar);
                await events.WriteAsync(earliest, NpgsqlDbType.Date);
                await events.WriteAsync(title, NpgsqlDbType.Text);
                await events.WriteAsync(evidence, NpgsqlDbType.Text);
                await events.WriteAsync(story.City, NpgsqlDbType.Text);
                await events.WriteAsync(Topics(story.Kind), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await events.WriteAsync(0.8, NpgsqlDbType.Double);
                await events.WriteAsync(actorIds, NpgsqlDbType.Array | NpgsqlDbType.Text);
                await events.WriteAsync(publishers.Distinct().Order(StringComparer.Ordinal).ToArray(), NpgsqlDbType.Array | NpgsqlDbType.Text);
                await events.WriteAsync($"{title} {evidence} {string.Join(' ', evidenceTexts)}", NpgsqlDbType.Text);
                participants.AddRange(people.Select(p => (id, p.Actor.Id, (string?)p.Title)));
                participants.Add((id, "china", null));
                participants.Add((id, "united-states", null));
                if (n % 100_000 == 99_999)
                {
                    Console.Error.WriteLine($"seed: {n + 1:N0} events generated");
                }
            }

            await events.CompleteAsync();
            await events.DisposeAsync();
            Console.Error.WriteLine("seed: events with search vectors");
            await Execute(connection, """
                INSERT INTO events (id, type, cameo_code, earliest, latest, precision, sort_date, title, summary, location, topics, confidence, actor_ids, publishers, search_vector)
                SELECT id, type, cameo_code, earliest, latest, precision, sort_date, title, summary, location, topics, confidence, actor_ids, publishers,
                       to_tsvector('english', search_text)
                FROM bench_events;
                DROP TABLE bench_events;
                """);
            await CopyParticipantsAsync(connection, participants);
            await CopySourcesAsync(connection, sources, random);
        }

        Console.Error.WriteLine($"seed: rebuilding {indexes.Count} indexes");
        foreach (var (_, definition) in indexes)
        {
            await Execute(connection, definition);
        }

        await Execute(connection, "DROP TABLE bench_indexes;");

        // One statement per command: Npgsql sends several as a pipeline, and VACUUM refuses to run inside one.
        foreach (var table in new[] { "events", "event_sources", "event_participants", "articles" })
        {
            await Execute(connection, $"VACUUM (ANALYZE) {table};");
        }
    }

    private static async Task CopyParticipantsAsync(NpgsqlConnection connection, List<(Guid Event, string Actor, string? Role)> rows)
    {
        await using var copy = await connection.BeginBinaryImportAsync("COPY event_participants (event_id, actor_id, role) FROM STDIN (FORMAT BINARY)");
        foreach (var (eventId, actor, role) in rows.DistinctBy(r => (r.Event, r.Actor)))
        {
            await copy.StartRowAsync();
            await copy.WriteAsync(eventId, NpgsqlDbType.Uuid);
            await copy.WriteAsync(actor, NpgsqlDbType.Varchar);
            await copy.WriteAsync(role, NpgsqlDbType.Text);
        }

        await copy.CompleteAsync();
    }

    private static async Task CopySourcesAsync(NpgsqlConnection connection, List<object[]> rows, Random random)
    {
        var now = DateTimeOffset.UtcNow;
        var articles = rows.Select((row, i) => (Row: row, ArticleId: Guid.CreateVersion7(now.AddMilliseconds(i)))).ToList();
        await using (var copy = await connection.BeginBinaryImportAsync(
            "COPY articles (id, url, content_hash, fingerprint, title, publisher, published_at, language, text, ingested_at, updated_at) FROM STDIN (FORMAT BINARY)"))
        {
            foreach (var (row, articleId) in articles)
            {
                var ((name, domain), story, evidence) = ((ValueTuple<string, string>)row[1], (Story)row[2], (string)row[3]);
                var url = $"https://{domain}/{story.Date:yyyy/MM/dd}/story-{story.Number}-{row[8]}";
                var hash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(url)));
                await copy.StartRowAsync();
                await copy.WriteAsync(articleId, NpgsqlDbType.Uuid);
                await copy.WriteAsync(url, NpgsqlDbType.Text);
                await copy.WriteAsync(hash, NpgsqlDbType.Varchar);
                await copy.WriteAsync(hash, NpgsqlDbType.Varchar);
                await copy.WriteAsync(Sentences.Headline(story), NpgsqlDbType.Text);
                await copy.WriteAsync(name, NpgsqlDbType.Text);
                await copy.WriteAsync(story.Date.AddDays(random.Next(3)), NpgsqlDbType.Date);
                await copy.WriteAsync("en", NpgsqlDbType.Varchar);
                await copy.WriteAsync($"{evidence} {Filler[random.Next(Filler.Length)]} {Filler[random.Next(Filler.Length)]}", NpgsqlDbType.Text);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
                await copy.WriteAsync(now, NpgsqlDbType.TimestampTz);
            }

            await copy.CompleteAsync();
        }

        await using var claims = await connection.BeginBinaryImportAsync(
            "COPY event_sources (event_id, article_id, type, cameo_code, earliest, latest, precision, location, title, summary, confidence, topics, participants, evidence, evidence_text) FROM STDIN (FORMAT BINARY)");
        foreach (var (row, articleId) in articles)
        {
            var story = (Story)row[2];
            var evidence = (string)row[3];
            var people = (List<Person>)row[7];
            await claims.StartRowAsync();
            await claims.WriteAsync((Guid)row[0], NpgsqlDbType.Uuid);
            await claims.WriteAsync(articleId, NpgsqlDbType.Uuid);
            await claims.WriteAsync(Type(story.Kind), NpgsqlDbType.Varchar);
            await claims.WriteAsync(Cameo(story.Kind), NpgsqlDbType.Varchar);
            await claims.WriteAsync((DateOnly)row[4], NpgsqlDbType.Date);
            await claims.WriteAsync((DateOnly)row[5], NpgsqlDbType.Date);
            await claims.WriteAsync((string)row[6], NpgsqlDbType.Varchar);
            await claims.WriteAsync(story.City, NpgsqlDbType.Text);
            await claims.WriteAsync(Sentences.Headline(story), NpgsqlDbType.Text);
            await claims.WriteAsync(evidence, NpgsqlDbType.Text);
            await claims.WriteAsync(0.8, NpgsqlDbType.Double);
            await claims.WriteAsync(Topics(story.Kind), NpgsqlDbType.Array | NpgsqlDbType.Text);
            await claims.WriteAsync(JsonSerializer.Serialize(people.Select(p => new { ActorId = p.Actor.Id, Kind = "person", Role = p.Title })), NpgsqlDbType.Jsonb);
            await claims.WriteAsync(JsonSerializer.Serialize(new[] { new { Text = evidence, Start = 0, End = evidence.Length } }), NpgsqlDbType.Jsonb);
            await claims.WriteAsync(evidence, NpgsqlDbType.Text);
        }

        await claims.CompleteAsync();
    }

    // Mostly days; some reports only give a month or a year, as real ones do.
    private static (DateOnly, DateOnly, string) Precision(DateOnly day, Random random) => random.Next(100) switch
    {
        < 4 => (new DateOnly(day.Year, day.Month, 1), new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1), "month"),
        < 5 => (new DateOnly(day.Year, 1, 1), new DateOnly(day.Year, 12, 31), "year"),
        _ => (day, day, "day"),
    };

    private static string Type(StoryKind kind) => kind switch
    {
        StoryKind.ExportControl => "export_control",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Cameo(StoryKind kind) => kind switch
    {
        StoryKind.Call => "041",
        StoryKind.Meeting => "043",
        StoryKind.Talks => "046",
        StoryKind.Agreement => "057",
        StoryKind.Statement => "010",
        StoryKind.Accusation => "112",
        _ => "163",
    };

    private static string[] Topics(StoryKind kind) => kind switch
    {
        StoryKind.Tariff or StoryKind.ExportControl or StoryKind.Sanction or StoryKind.Talks or StoryKind.Agreement => ["trade"],
        StoryKind.Accusation => ["security"],
        _ => ["diplomacy"],
    };

    private static async Task Execute(NpgsqlConnection connection, string sql)
    {
        await using var command = new NpgsqlCommand(sql, connection) { CommandTimeout = 0 };
        await command.ExecuteNonQueryAsync();
    }
}
