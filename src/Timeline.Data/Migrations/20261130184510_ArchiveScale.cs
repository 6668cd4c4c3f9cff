using System.Collections.Generic;
using Microsoft.EntityFrameworkCore.Migrations;
using NpgsqlTypes;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class ArchiveScale : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_event_sources_search_vector",
                table: "event_sources");

            migrationBuilder.DropColumn(
                name: "search_vector",
                table: "event_sources");

            // The search vector now also covers the sources' evidence, which a generated column cannot read.
            migrationBuilder.Sql("ALTER TABLE events ALTER COLUMN search_vector DROP EXPRESSION;");

            migrationBuilder.AddColumn<List<string>>(
                name: "actor_ids",
                table: "events",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<List<string>>(
                name: "publishers",
                table: "events",
                type: "text[]",
                nullable: false,
                defaultValueSql: "'{}'");

            migrationBuilder.AddColumn<string>(
                name: "type",
                table: "event_sources",
                type: "character varying(30)",
                maxLength: 30,
                nullable: false,
                defaultValue: "");

            migrationBuilder.AddColumn<string>(
                name: "cameo_root",
                table: "event_sources",
                type: "text",
                nullable: false,
                computedColumnSql: "CASE WHEN length(cameo_code) >= 2 THEN left(cameo_code, 2) ELSE '' END",
                stored: true);

            migrationBuilder.Sql("""
                UPDATE event_sources s SET type = e.type FROM events e WHERE e.id = s.event_id;
                UPDATE events e SET
                    actor_ids = coalesce((SELECT array_agg(p.actor_id ORDER BY p.actor_id) FROM event_participants p WHERE p.event_id = e.id), '{}'),
                    publishers = coalesce((
                        SELECT array_agg(DISTINCT lower(btrim(a.publisher)))
                        FROM event_sources s JOIN articles a ON a.id = s.article_id
                        WHERE s.event_id = e.id AND btrim(a.publisher) <> ''), '{}'),
                    search_vector = to_tsvector('english', e.title || ' ' || e.summary || ' ' || coalesce((
                        SELECT string_agg(s.evidence_text, ' ' ORDER BY s.article_id) FROM event_sources s WHERE s.event_id = e.id), ''));
                ALTER TABLE events ALTER COLUMN actor_ids DROP DEFAULT, ALTER COLUMN publishers DROP DEFAULT;
                ALTER TABLE event_sources ALTER COLUMN type DROP DEFAULT;

                -- Re-clustering may move a claim into an event that another claim of its article leaves in the same
                -- statement; uniqueness is then checked at the end of the statement (SET CONSTRAINTS ... DEFERRED).
                ALTER TABLE event_sources DROP CONSTRAINT "PK_event_sources",
                    ADD CONSTRAINT "PK_event_sources" PRIMARY KEY (event_id, article_id) DEFERRABLE INITIALLY IMMEDIATE;
                """);

            migrationBuilder.CreateIndex(
                name: "IX_events_actor_ids",
                table: "events",
                column: "actor_ids")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_events_publishers",
                table: "events",
                column: "publishers")
                .Annotation("Npgsql:IndexMethod", "GIN");

            migrationBuilder.CreateIndex(
                name: "IX_event_sources_cameo_root_precision_earliest",
                table: "event_sources",
                columns: new[] { "cameo_root", "precision", "earliest" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TABLE event_sources DROP CONSTRAINT "PK_event_sources",
                    ADD CONSTRAINT "PK_event_sources" PRIMARY KEY (event_id, article_id);
                """);

            migrationBuilder.DropIndex(
                name: "IX_events_actor_ids",
                table: "events");

            migrationBuilder.DropIndex(
                name: "IX_events_publishers",
                table: "events");

            migrationBuilder.DropIndex(
                name: "IX_event_sources_cameo_root_precision_earliest",
                table: "event_sources");

            migrationBuilder.DropColumn(
                name: "cameo_root",
                table: "event_sources");

            migrationBuilder.DropColumn(
                name: "actor_ids",
                table: "events");

            migrationBuilder.DropColumn(
                name: "publishers",
                table: "events");

            migrationBuilder.DropColumn(
                name: "type",
                table: "event_sources");

            migrationBuilder.Sql("""
                ALTER TABLE events DROP COLUMN search_vector;
                ALTER TABLE events ADD COLUMN search_vector tsvector NOT NULL
                    GENERATED ALWAYS AS (to_tsvector('english', coalesce(title, '') || ' ' || coalesce(summary, ''))) STORED;
                CREATE INDEX "IX_events_search_vector" ON events USING GIN (search_vector);
                """);

            migrationBuilder.AddColumn<NpgsqlTsVector>(
                name: "search_vector",
                table: "event_sources",
                type: "tsvector",
                nullable: false)
                .Annotation("Npgsql:TsVectorConfig", "english")
                .Annotation("Npgsql:TsVectorProperties", new[] { "evidence_text" });

            migrationBuilder.CreateIndex(
                name: "IX_event_sources_search_vector",
                table: "event_sources",
                column: "search_vector")
                .Annotation("Npgsql:IndexMethod", "GIN");
        }
    }
}
