namespace Timeline.Api.Infrastructure;

/// <summary>Endpoint metadata marking a write that needs X-Api-Key (read by the OpenAPI filter).</summary>
public sealed record ApiKeyRequired;

public static class ApiKeyEndpoints
{
    /// <summary>A service started without writer keys refuses every write; it says so once, at start-up.</summary>
    public static void WarnWhenNoWriterKeys(this WebApplication app)
    {
        var keys = app.Services.GetRequiredService<Microsoft.Extensions.Options.IOptions<IngestionOptions>>().Value.ApiKeys;
        if (!keys.Any(key => !string.IsNullOrEmpty(key)))
        {
            app.Logger.LogWarning(
                "No writer keys are configured (Ingestion:ApiKeys, env Ingestion__ApiKeys__0): every POST and DELETE will be refused with 401");
        }
    }

    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, ApiKeyFilter>().WithMetadata(new ApiKeyRequired());
}

/// <summary>
/// Endpoint metadata documenting a request body the handler reads itself (read by the OpenAPI filter). Unlike
/// Accepts, it does not make routing answer 415 for other content types before the endpoint's filters run, so a
/// write checks its key first and a keyless caller learns nothing about what the endpoint accepts.
/// </summary>
public sealed record DocumentedRequestBody(Type Type, IReadOnlyList<string> ContentTypes);

public static class DocumentedRequestBodyEndpoints
{
    /// <summary>Documents the body as <typeparamref name="TBody"/> in each content type (default application/json).</summary>
    public static RouteHandlerBuilder DocumentRequestBody<TBody>(this RouteHandlerBuilder builder, params string[] contentTypes) =>
        builder.WithMetadata(new DocumentedRequestBody(typeof(TBody), contentTypes.Length == 0 ? ["application/json"] : contentTypes));
}
