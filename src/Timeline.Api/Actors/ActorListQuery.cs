using System.Reflection;
using Microsoft.AspNetCore.Http.Metadata;
using Timeline.Api.Events;
using Timeline.Api.Infrastructure.Queries;
using Timeline.Extraction.Model;

namespace Timeline.Api.Actors;

/// <summary>The query string of GET /api/v1/actors.</summary>
public sealed record ActorListQuery(string? Kind, string? Q, bool Active)
    : IQueryModel, IBindableFromHttpContext<ActorListQuery>, IEndpointParameterMetadataProvider
{
    public static readonly ChoiceParameter<string?> KindParameter = new("kind", "Only actors of this kind.",
        Enum.GetValues<ActorKind>().Select(EventTypes.ToApi).ToDictionary(k => k, k => (string?)k, StringComparer.OrdinalIgnoreCase), null);

    public static readonly TextParameter QParameter = new("q", "Part of the name, case-insensitive.", maxLength: 200, example: "wang");

    public static readonly BoolParameter ActiveParameter = new("active", "true leaves out actors without events.", false);

    public static readonly IReadOnlyList<QueryParameter> Parameters = [KindParameter, QParameter, ActiveParameter];

    public IReadOnlyDictionary<string, string[]> Errors { get; private init; } = new Dictionary<string, string[]>();

    public static ValueTask<ActorListQuery?> BindAsync(HttpContext context, ParameterInfo parameter)
    {
        var reader = new QueryReader(context.Request.Query, Parameters);
        var query = new ActorListQuery(reader.Read(KindParameter), reader.Read(QParameter), reader.Read(ActiveParameter)) { Errors = reader.Errors };
        return ValueTask.FromResult<ActorListQuery?>(query);
    }

    public static void PopulateMetadata(ParameterInfo parameter, EndpointBuilder builder) => QueryValidation.Describe(builder, Parameters);
}
