using System.Text.Json.Serialization;

namespace Timeline.Api.Events.Exports;

/// <summary>A TimelineJS 3 timeline (see the TimelineJS JSON format): a title slide and one slide per dated event.</summary>
/// <param name="Scale">Always "human" (calendar dates).</param>
/// <param name="Title">The title slide.</param>
/// <param name="Events">One slide per dated event, oldest first.</param>
public sealed record TimelineJsDocument(string Scale, TimelineJsSlide Title, IReadOnlyList<TimelineJsSlide> Events);

/// <summary>A TimelineJS slide.</summary>
/// <param name="UniqueId">"event-" and the event id without dashes (absent on the title slide).</param>
/// <param name="StartDate">The event's date at its precision (absent on the title slide).</param>
/// <param name="Text">Headline and HTML text.</param>
/// <param name="Group">The event type, which TimelineJS shows as a row (absent on the title slide).</param>
public sealed record TimelineJsSlide(
    [property: JsonPropertyName("unique_id"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? UniqueId,
    [property: JsonPropertyName("start_date"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] TimelineJsDate? StartDate,
    [property: JsonPropertyName("text")] TimelineJsText Text,
    [property: JsonPropertyName("group"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Group);

/// <summary>A TimelineJS date: the year, and the month and day when known.</summary>
/// <param name="Year">The year.</param>
/// <param name="Month">1–12, absent when the date is known only to the year.</param>
/// <param name="Day">1–31, absent unless the date is known to the day.</param>
public sealed record TimelineJsDate(
    [property: JsonPropertyName("year")] int Year,
    [property: JsonPropertyName("month"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Month,
    [property: JsonPropertyName("day"), JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] int? Day);

/// <summary>A slide's text.</summary>
/// <param name="Headline">The headline (HTML-escaped).</param>
/// <param name="Text">HTML: summary, participants and each source with its evidence.</param>
public sealed record TimelineJsText([property: JsonPropertyName("headline")] string Headline, [property: JsonPropertyName("text")] string Text);
