using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Timeline.Api.Infrastructure.Queries;

namespace Timeline.Api.Events.Exports;

/// <summary>The query string of GET /api/v1/events/export: the shared filters and an optional format (else Accept decides).</summary>
public sealed record ExportQuery(EventFilter Filter, ExportFormat? Format)
    : IQueryModel, IBindableFromHttpContext<ExportQuery>, IEndpointParameterMetadataProvider
{
    public static readonly ChoiceParameter<ExportFormat?> FormatParameter = new("format",
        "csv, timelinejs or ics. Wins over the Accept header (text/csv, application/json, text/calendar); without either, csv.",
        ExportFormats.ByName.ToDictionary(f => f.Key, f => (ExportFormat?)f.Value, StringComparer.OrdinalIgnoreCase), null);

    public static readonly IReadOnlyList<QueryParameter> Parameters = [.. EventFilter.Parameters, FormatParameter];

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public static ValueTask<ExportQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var reader = new QueryReader(context.Request.Query, Parameters);
        var query = new ExportQuery(EventFilter.Read(reader), reader.Read(FormatParameter)) { Errors = reader.Errors };
        return ValueTask.FromResult<ExportQuery?>(query);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => QueryValidation.Describe(builder, Parameters);
}

/// <summary>The query string of GET /api/v1/events/feed: the shared filters and how many entries.</summary>
public sealed record FeedQuery(EventFilter Filter, int Limit)
    : IQueryModel, IBindableFromHttpContext<FeedQuery>, IEndpointParameterMetadataProvider
{
    public static readonly IntParameter LimitParameter = new("limit", "How many entries, newest first, 1–500.", 1, EventListQuery.MaxLimit, EventListQuery.DefaultLimit);

    public static readonly IReadOnlyList<QueryParameter> Parameters = [.. EventFilter.Parameters, LimitParameter];

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public static ValueTask<FeedQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var reader = new QueryReader(context.Request.Query, Parameters);
        var query = new FeedQuery(EventFilter.Read(reader), reader.Read(LimitParameter)) { Errors = reader.Errors };
        return ValueTask.FromResult<FeedQuery?>(query);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => QueryValidation.Describe(builder, Parameters);
}
