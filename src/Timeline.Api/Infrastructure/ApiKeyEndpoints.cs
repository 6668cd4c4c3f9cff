namespace Timeline.Api.Infrastructure;

/// <summary>Endpoint metadata marking a write that needs X-Api-Key (read by the OpenAPI filter).</summary>
public sealed record ApiKeyRequired;

public static class ApiKeyEndpoints
{
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>().WithMetadata(new ApiKeyRequired());
}
