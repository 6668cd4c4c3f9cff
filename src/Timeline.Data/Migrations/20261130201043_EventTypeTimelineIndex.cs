using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Timeline.Data.Migrations
{
    /// <inheritdoc />
    public partial class EventTypeTimelineIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_events_type",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "IX_events_type_sort_date_id",
                table: "events",
                columns: new[] { "type", "sort_date", "id" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_events_type_sort_date_id",
                table: "events");

            migrationBuilder.CreateIndex(
                name: "IX_events_type",
                table: "events",
                column: "type");
        }
    }
}
