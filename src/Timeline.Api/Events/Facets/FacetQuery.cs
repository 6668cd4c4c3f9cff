using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Timeline.Api.Infrastructure.Queries;

namespace Timeline.Api.Events.Facets;

/// <summary>The query string of GET /api/v1/events/facets: the shared filters and how many actors and publishers to list.</summary>
public sealed record FacetQuery(EventFilter Filter, int Limit)
    : IQueryModel, IBindableFromHttpContext<FacetQuery>, IEndpointParameterMetadataProvider
{
    public static readonly IntParameter LimitParameter = new("limit", "How many actors and how many publishers to list (the most frequent), 1–200.", 1, 200, 20);

    public static readonly IReadOnlyList<QueryParameter> Parameters = [.. EventFilter.Parameters, LimitParameter];

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public static ValueTask<FacetQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var reader = new QueryReader(context.Request.Query, Parameters);
        var query = new FacetQuery(EventFilter.Read(reader), reader.Read(LimitParameter)) { Errors = reader.Errors };
        return ValueTask.FromResult<FacetQuery?>(query);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => QueryValidation.Describe(builder, Parameters);
}
