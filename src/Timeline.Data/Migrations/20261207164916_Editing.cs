using System;
using Microsoft.EntityFrameworkCore.Migrations;
using Npgsql.EntityFrameworkCore.PostgreSQL.Metadata;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class Editing : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.AddColumn<string>(
                name: "corrections",
                table: "events",
                type: "jsonb",
                nullable: false,
                defaultValueSql: "'{}'::jsonb");

            migrationBuilder.AddColumn<bool>(
                name: "curated",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<bool>(
                name: "hidden",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "machine",
                table: "events",
                type: "jsonb",
                nullable: true);

            migrationBuilder.AddColumn<string>(
                name: "origin",
                table: "events",
                type: "character varying(20)",
                maxLength: 20,
                nullable: false,
                defaultValue: "extracted");

            migrationBuilder.AddColumn<bool>(
                name: "verified",
                table: "events",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<int>(
                name: "version",
                table: "events",
                type: "integer",
                nullable: false,
                defaultValue: 1);

            migrationBuilder.AddColumn<string>(
                name: "extractor_version",
                table: "event_sources",
                type: "character varying(200)",
                maxLength: 200,
                nullable: true);

            migrationBuilder.AddColumn<bool>(
                name: "pinned",
                table: "event_sources",
                type: "boolean",
                nullable: false,
                defaultValue: false);

            migrationBuilder.AddColumn<string>(
                name: "extractor_version",
                table: "articles",
                type: "text",
                nullable: true);

            migrationBuilder.CreateTable(
                name: "event_aliases",
                columns: table => new
                {
                    old_id = table.Column<Guid>(type: "uuid", nullable: false),
                    new_id = table.Column<Guid>(type: "uuid", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_aliases", x => x.old_id);
                });

            migrationBuilder.CreateTable(
                name: "event_citations",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityByDefaultColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    article_id = table.Column<Guid>(type: "uuid", nullable: true),
                    url = table.Column<string>(type: "text", nullable: true),
                    quote = table.Column<string>(type: "text", nullable: false),
                    start = table.Column<int>(type: "integer", nullable: true),
                    end = table.Column<int>(type: "integer", nullable: true),
                    editor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_citations", x => x.id);
                    table.ForeignKey(
                        name: "FK_event_citations_articles_article_id",
                        column: x => x.article_id,
                        principalTable: "articles",
                        principalColumn: "id",
                        onDelete: ReferentialAction.SetNull);
                    table.ForeignKey(
                        name: "FK_event_citations_events_event_id",
                        column: x => x.event_id,
                        principalTable: "events",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "event_history",
                columns: table => new
                {
                    id = table.Column<long>(type: "bigint", nullable: false)
                        .Annotation("Npgsql:ValueGenerationStrategy", NpgsqlValueGenerationStrategy.IdentityAlwaysColumn),
                    event_id = table.Column<Guid>(type: "uuid", nullable: false),
                    at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    editor = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    action = table.Column<string>(type: "character varying(30)", maxLength: 30, nullable: false),
                    changes = table.Column<string>(type: "jsonb", nullable: false),
                    reason = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_event_history", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "reextraction_jobs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    state = table.Column<string>(type: "character varying(20)", maxLength: 20, nullable: false),
                    extractor_version = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    total = table.Column<int>(type: "integer", nullable: false),
                    done = table.Column<int>(type: "integer", nullable: false),
                    changed = table.Column<int>(type: "integer", nullable: false),
                    cursor = table.Column<Guid>(type: "uuid", nullable: true),
                    requested_by = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: false),
                    started_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    finished_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    seconds = table.Column<double>(type: "double precision", nullable: false),
                    error = table.Column<string>(type: "text", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("PK_reextraction_jobs", x => x.id);
                });

            migrationBuilder.CreateIndex(
                name: "IX_event_aliases_new_id",
                table: "event_aliases",
                column: "new_id");

            migrationBuilder.CreateIndex(
                name: "IX_event_citations_article_id",
                table: "event_citations",
                column: "article_id");

            migrationBuilder.CreateIndex(
                name: "IX_event_citations_event_id",
                table: "event_citations",
                column: "event_id");

            migrationBuilder.CreateIndex(
                name: "IX_event_history_at_event_id",
                table: "event_history",
                columns: new[] { "at", "event_id" });

            migrationBuilder.CreateIndex(
                name: "IX_event_history_event_id_id",
                table: "event_history",
                columns: new[] { "event_id", "id" });

            // History is append-only: the database itself refuses to change or remove an entry.
            migrationBuilder.Sql("""
                CREATE FUNCTION event_history_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
                BEGIN
                    RAISE EXCEPTION 'event_history is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
                END $$;
                CREATE TRIGGER event_history_append_only BEFORE UPDATE OR DELETE ON event_history
                    FOR EACH ROW EXECUTE FUNCTION event_history_append_only();
                """);

            // The event JSON grows (API.md allows new fields): status, corrections beside the machine's values, editors'
            // citations, flags and the version (the ETag), in the order EventResponse declares them.
            migrationBuilder.Sql("""
                CREATE TYPE correction_json AS (field text, machine json, editor json);
                CREATE TYPE citation_json AS (
                    "articleId" uuid, url text, quote text, start integer, "end" integer, editor text, at text);
                ALTER TYPE event_json
                    ADD ATTRIBUTE status text,
                    ADD ATTRIBUTE corrections json,
                    ADD ATTRIBUTE citations json,
                    ADD ATTRIBUTE flags text[],
                    ADD ATTRIBUTE version integer;
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                ALTER TYPE event_json DROP ATTRIBUTE version, DROP ATTRIBUTE flags, DROP ATTRIBUTE citations,
                    DROP ATTRIBUTE corrections, DROP ATTRIBUTE status;
                DROP TYPE citation_json, correction_json;
                DROP TRIGGER event_history_append_only ON event_history;
                DROP FUNCTION event_history_append_only();
                """);

            migrationBuilder.DropTable(
                name: "event_aliases");

            migrationBuilder.DropTable(
                name: "event_citations");

            migrationBuilder.DropTable(
                name: "event_history");

            migrationBuilder.DropTable(
                name: "reextraction_jobs");

            migrationBuilder.DropColumn(
                name: "corrections",
                table: "events");

            migrationBuilder.DropColumn(
                name: "curated",
                table: "events");

            migrationBuilder.DropColumn(
                name: "hidden",
                table: "events");

            migrationBuilder.DropColumn(
                name: "machine",
                table: "events");

            migrationBuilder.DropColumn(
                name: "origin",
                table: "events");

            migrationBuilder.DropColumn(
                name: "verified",
                table: "events");

            migrationBuilder.DropColumn(
                name: "version",
                table: "events");

            migrationBuilder.DropColumn(
                name: "extractor_version",
                table: "event_sources");

            migrationBuilder.DropColumn(
                name: "pinned",
                table: "event_sources");

            migrationBuilder.DropColumn(
                name: "extractor_version",
                table: "articles");
        }
    }
}
