using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <summary>
    /// Row types named and ordered like the API's event JSON, so the read path builds it with ROW(...)::type and
    /// row_to_json (compact, fields in declared order) in one statement. Api/Events/EventJson.cs uses them.
    /// </summary>
    public partial class EventJsonTypes : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("""
                CREATE TYPE participant_json AS (id text, name text, kind text, role text, country text);
                CREATE TYPE evidence_span_json AS (text text, start integer, "end" integer);
                CREATE TYPE source_json AS (
                    "articleId" uuid, url text, title text, publisher text, "publishedAt" text, evidence text, "evidenceSpans" json);
                CREATE TYPE claim_json AS ("articleId" uuid, publisher text, date text, "datePrecision" text, location text);
                CREATE TYPE event_json AS (
                    id uuid, date text, "datePrecision" text, type text, "cameoCode" text, title text, summary text, participants json,
                    location text, topics text[], sources json, claims json, "sourceCount" bigint, "publisherCount" bigint,
                    confidence double precision);
                """);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql("DROP TYPE event_json, claim_json, source_json, evidence_span_json, participant_json;");
        }
    }
}
