using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Timeline.Api.Infrastructure.Queries;

namespace Timeline.Api.Events;

/// <summary>The query string of GET /api/v1/events/{id}: include=hidden, for editors.</summary>
public sealed record EventIncludeQuery(bool IncludeHidden) : IQueryModel, IBindableFromHttpContext<EventIncludeQuery>, IEndpointParameterMetadataProvider
{
    public static readonly IReadOnlyList<QueryParameter> Parameters = [EventFilter.IncludeParameter];

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public static ValueTask<EventIncludeQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var reader = new QueryReader(context.Request.Query, Parameters);
        return ValueTask.FromResult<EventIncludeQuery?>(new EventIncludeQuery(reader.Read(EventFilter.IncludeParameter)) { Errors = reader.Errors });
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => QueryValidation.Describe(builder, Parameters);
}
