using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Events;
using Timeline.Api.Tests.Editing;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Data;

namespace Timeline.Api.Tests.Events;

/// <summary>
/// The event's JSON is built by PostgreSQL (row types of the migrations), described by the response records, and
/// documented by OpenAPI: the three must say the same, field by field, in the same order and the same formats.
/// </summary>
public sealed class EventShapeTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    public static TheoryData<string, Type> Shapes() => new()
    {
        { "event_json", typeof(EventResponse) },
        { "participant_json", typeof(ParticipantResponse) },
        { "source_json", typeof(SourceResponse) },
        { "evidence_span_json", typeof(EvidenceSpanResponse) },
        { "claim_json", typeof(ClaimResponse) },
        { "correction_json", typeof(CorrectionResponse) },
        { "citation_json", typeof(CitationResponse) },
    };

    [Theory]
    [MemberData(nameof(Shapes))]
    public async Task TheStoredRowTypeTheResponseRecordAndTheOpenApiSchemaNameTheSameFieldsInOrder(string rowType, Type record)
    {
        await using var scope = Fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        var stored = await db.Database.SqlQuery<string>($"""
            SELECT a.attname AS "Value" FROM pg_attribute a JOIN pg_type t ON t.typrelid = a.attrelid
            WHERE t.typname = {rowType} AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum
            """).ToListAsync();
        var declared = record.GetConstructors().Single().GetParameters().Select(p => JsonNamingPolicy.CamelCase.ConvertName(p.Name!)).ToList();
        var document = await (await Reader().GetAsync("/swagger/v1/swagger.json")).JsonAsync();
        var documented = document["components"]!["schemas"]![record.Name]!["properties"]!.AsObject().Select(p => p.Key).ToList();

        Assert.Equal(declared, stored);
        Assert.Equal(declared, documented);
    }

    [Fact]
    public async Task TheJsonPostgreSqlBuildsIsExactlyWhatTheRecordsSerializeTo()
    {
        (await Writer().PostTextAsync("Text.\ncall|041|2025-07-11|Geneva|wang-yi,marco-rubio|Call", "https://a.example/1", "Reuters", "2025-07-12"))
            .EnsureSuccessStatusCode();
        var id = (await Reader().EventsAsync())[0].Str("id");
        var anna = Fixture.Editor(TimelineFixture.Anna);
        var (_, etag) = await anna.ReadEventAsync(id);
        (await anna.PatchEventAsync(id, new { title = "Corrected", topics = new[] { "trade", "security" }, reason = "r" }, etag)).EnsureSuccessStatusCode();
        (await anna.PostAsJsonAsync("/api/v1/events", new
        {
            type = "statement", title = "Added", citation = new { url = "https://n.example/1", quote = "A quote." }, reason = "r",
        })).EnsureSuccessStatusCode();

        foreach (var raw in (await Reader().EventsAsync()).Select(e => e!.ToJsonString()))
        {
            var record = JsonSerializer.Deserialize<EventResponse>(raw, JsonSerializerOptions.Web)!;
            var again = JsonSerializer.Serialize(record, JsonSerializerOptions.Web);
            Assert.True(JsonNode.DeepEquals(JsonNode.Parse(raw), JsonNode.Parse(again)), $"{raw}\n{again}");
        }
    }
}
