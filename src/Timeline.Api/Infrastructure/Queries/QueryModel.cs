using Microsoft.AspNetCore.Http.Metadata;

namespace Timeline.Api.Infrastructure.Queries;

/// <summary>A typed query string (bound with BindAsync) and the messages of the parameters that were wrong.</summary>
public interface IQueryModel
{
    IReadOnlyDictionary<string, string[]> Errors { get; }
}

/// <summary>Endpoint metadata: the query parameters an endpoint's query model reads, for the OpenAPI document.</summary>
public sealed record QuerySpec(IReadOnlyList<QueryParameter> Parameters);

public static class QueryValidation
{
    /// <summary>
    /// Every GET (and HEAD) endpoint of the group answers 400 problem details naming each bad query parameter: the
    /// typed model's errors, or any parameter at all on endpoints without a query model.
    /// </summary>
    public static RouteGroupBuilder WithQueryValidation(this RouteGroupBuilder group)
    {
        ((IEndpointConventionBuilder)group).Add(endpoint =>
        {
            var methods = endpoint.Metadata.OfType<IHttpMethodMetadata>().SelectMany(m => m.HttpMethods);
            if (!methods.Any(m => HttpMethods.IsGet(m) || HttpMethods.IsHead(m)))
            {
                return;
            }

            endpoint.Metadata.Add(new ProducesResponseTypeMetadata(
                StatusCodes.Status400BadRequest, typeof(HttpValidationProblemDetails), ["application/problem+json"]));
            endpoint.FilterFactories.Add((_, next) => context =>
            {
                var errors = context.Arguments.OfType<IQueryModel>().FirstOrDefault()?.Errors
                    ?? new QueryReader(context.HttpContext.Request.Query, []).Errors;
                return errors is { Count: > 0 }
                    ? ValueTask.FromResult<object?>(Problems.Invalid(StatusCodes.Status400BadRequest, errors.ToDictionary()))
                    : next(context);
            });
        });
        return group;
    }

    /// <summary>For <see cref="IEndpointParameterMetadataProvider"/> implementations of query models.</summary>
    public static void Describe(EndpointBuilder endpoint, IReadOnlyList<QueryParameter> parameters) =>
        endpoint.Metadata.Add(new QuerySpec(parameters));
}
