using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Infrastructure;

/// <summary>Endpoint metadata marking an editing endpoint, which needs an editor key in X-Api-Key (read by the OpenAPI filter).</summary>
public sealed record EditorKeyRequired;

/// <summary>
/// Lets an editing request through only with an editor key: a wrong or missing key gets 401, an ingestion key 403.
/// Keys are compared in constant time against every configured key; the request then carries only the key's name
/// (<see cref="EditorName"/>), which is what history and logs see.
/// </summary>
public sealed class EditorKeyFilter(IOptionsMonitor<EditingOptions> editing, IOptionsMonitor<IngestionOptions> ingestion) : IEndpointFilter
{
    private const string NameItem = "editor-name";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next) =>
        Check(context.HttpContext) ?? await next(context);

    /// <summary>Null when the request carries an editor key (its name is then <see cref="EditorName"/>), else the problem to answer.</summary>
    public IResult? Check(HttpContext http)
    {
        var given = Encoding.UTF8.GetBytes(http.Request.Headers[ApiKeyFilter.Header].ToString());
        string? name = null;
        foreach (var key in editing.CurrentValue.Keys)
        {
            // Every key is compared, so the time taken does not tell which key (or how much of one) was right.
            if (Matches(key.Key, given))
            {
                name ??= key.Name;
            }
        }

        if (name is not null)
        {
            http.Items[NameItem] = name;
            // The request's log line says which editor acted: the key's name, never the key.
            http.RequestServices.GetService<Serilog.IDiagnosticContext>()?.Set("Editor", name);
            return null;
        }

        var ingestionKey = ingestion.CurrentValue.ApiKeys.Aggregate(false, (found, key) => Matches(key, given) | found);
        return ingestionKey
            ? Problems.Status(StatusCodes.Status403Forbidden, "Not an editor key",
                "This key may add articles, not correct events; corrections need an editor key (Editing:Keys) in the X-Api-Key header.")
            : Problems.Status(StatusCodes.Status401Unauthorized, "Missing or wrong editor key",
                $"Corrections need an editor key in the {ApiKeyFilter.Header} header.");
    }

    public static string EditorName(HttpContext http) =>
        http.Items[NameItem] as string ?? throw new InvalidOperationException("The editor key filter did not run.");

    private static bool Matches(string expected, byte[] given) =>
        expected.Length > 0 && given.Length > 0 && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), given);
}

public static class EditorKeyEndpoints
{
    public static TBuilder RequireEditorKey<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter<TBuilder, EditorKeyFilter>().WithMetadata(new EditorKeyRequired());

    /// <summary>Hidden events are for editors: ?include=hidden needs an editor key (401/403 otherwise).</summary>
    public static RouteGroupBuilder WithHiddenForEditors(this RouteGroupBuilder group)
    {
        group.AddEndpointFilter(async (context, next) =>
        {
            var http = context.HttpContext;
            if (string.Equals(http.Request.Query["include"].ToString(), "hidden", StringComparison.OrdinalIgnoreCase)
                && http.RequestServices.GetRequiredService<EditorKeyFilter>().Check(http) is { } refused)
            {
                return refused;
            }

            return await next(context);
        });
        return group;
    }
}
