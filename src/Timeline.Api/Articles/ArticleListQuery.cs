using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Timeline.Api.Events;
using Timeline.Api.Infrastructure;
using Timeline.Api.Infrastructure.Queries;

namespace Timeline.Api.Articles;

/// <summary>The query string of GET /api/v1/articles.</summary>
public sealed record ArticleListQuery(int Limit, ArticleCursor? Cursor)
    : IQueryModel, IBindableFromHttpContext<ArticleListQuery>, IEndpointParameterMetadataProvider
{
    public static readonly IntParameter LimitParameter = new("limit", $"Page size, 1–{EventListQuery.MaxLimit}.",
        1, EventListQuery.MaxLimit, EventListQuery.DefaultLimit);

    public static readonly CursorParameter<ArticleCursor> CursorParameter = new("cursor", "The nextCursor of the previous page.", ArticleCursor.Decode);

    public static readonly IReadOnlyList<QueryParameter> Parameters = [LimitParameter, CursorParameter];

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public static ValueTask<ArticleListQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var reader = new QueryReader(context.Request.Query, Parameters);
        var query = new ArticleListQuery(reader.Read(LimitParameter), reader.Read(CursorParameter)) { Errors = reader.Errors };
        return ValueTask.FromResult<ArticleListQuery?>(query);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => QueryValidation.Describe(builder, Parameters);
}

/// <summary>The sort key of the last article of a page (newest first): articles continue before (IngestedAt, Id).</summary>
public readonly record struct ArticleCursor(DateTimeOffset IngestedAt, Guid Id)
{
    public string Encode() => Cursor.Encode(Cursor.Format(IngestedAt), Id);

    public static ArticleCursor? Decode(string value) =>
        Cursor.TryDecode(value, out var key, out var id) && Cursor.TryParseInstant(key, out var at) ? new ArticleCursor(at, id) : null;
}
