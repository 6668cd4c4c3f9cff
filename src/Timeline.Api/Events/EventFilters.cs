using System.ComponentModel;

namespace Timeline.Api.Events;

/// <summary>The query string of GET /api/v1/events; every filter is optional and they combine with AND.</summary>
public sealed record EventFilters(
    [property: Description("Earliest date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (a month means from its first day). An event is included when its date range overlaps [from, to], so an event dated only 2025-05 is included for from=2025-05-20.")]
    string? From,
    [property: Description("Latest date, inclusive: YYYY-MM-DD, YYYY-MM or YYYY (a month means up to its last day). Overlap rule as for from.")]
    string? To,
    [property: Description("Event types, comma-separated: meeting, call, talks, agreement, statement, accusation, tariff, export_control, sanction, appointment, other.")]
    string? Type,
    [property: Description("Actor id (e.g. wang-yi) or name (e.g. Wang Yi). Repeat to require events that involve all of them.")]
    string[]? Actor,
    [property: Description("A topic, e.g. trade.")]
    string? Topic,
    [property: Description("Full-text search (English stemming) over event titles, summaries and evidence sentences. Supports \"quoted phrases\", or, and -exclusion.")]
    string? Q,
    [property: Description("Only events reported by this publisher (case-insensitive).")]
    string? Publisher,
    [property: Description("Only events that this article is a source of.")]
    string? ArticleId,
    [property: Description("Page size, 1–500, default 50.")]
    int? Limit,
    [property: Description("asc (oldest first, default) or desc.")]
    string? Order,
    [property: Description("The nextCursor of the previous page.")]
    string? Cursor);
