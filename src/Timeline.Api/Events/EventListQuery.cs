using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Extraction.Model;

namespace Timeline.Api.Events;

/// <summary>The query string of GET /api/v1/events: the shared filters, then the page wanted.</summary>
public sealed record EventListQuery(EventFilter Filter, int Limit, bool Descending, EventCursor? Cursor)
    : IQueryModel, IBindableFromHttpContext<EventListQuery>, IEndpointParameterMetadataProvider
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public static readonly IntParameter LimitParameter = new("limit", $"Page size, 1–{MaxLimit}.", 1, MaxLimit, DefaultLimit);

    public static readonly ChoiceParameter<bool> OrderParameter = new("order", "asc (oldest first) or desc (newest first).",
        new Dictionary<string, bool>(StringComparer.OrdinalIgnoreCase) { ["asc"] = false, ["desc"] = true }, false, "asc");

    public static readonly CursorParameter<EventCursor> CursorParameter = new("cursor", "The nextCursor of the previous page.", EventCursor.Decode);

    public static readonly IReadOnlyList<QueryParameter> Parameters =
        [.. EventFilter.Parameters, LimitParameter, OrderParameter, CursorParameter];

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public static ValueTask<EventListQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var reader = new QueryReader(context.Request.Query, Parameters);
        var filter = EventFilter.Read(reader);
        var query = new EventListQuery(filter, reader.Read(LimitParameter), reader.Read(OrderParameter), reader.Read(CursorParameter))
        {
            Errors = reader.Errors,
        };
        return ValueTask.FromResult<EventListQuery?>(query);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => QueryValidation.Describe(builder, Parameters);
}

/// <summary>The sort key of the last event of a page: events continue after (SortDate, Id).</summary>
public readonly record struct EventCursor(DateOnly SortDate, Guid Id)
{
    public string Encode() => Cursor.Encode(Cursor.Format(SortDate), Id);

    /// <summary>The key of an event as served: undated events sort after every date.</summary>
    public static EventCursor After(EventResponse last) => After(last.Id, last.Date);

    public static EventCursor After(Guid id, string? date) =>
        new(EventDate.TryParse(date, out var parsed) ? parsed.Earliest : ClaimMapping.UndatedSortDate, id);

    public static EventCursor? Decode(string value) =>
        Cursor.TryDecode(value, out var key, out var id) && Cursor.TryParseDate(key, out var date) ? new EventCursor(date, id) : null;
}
