using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;

namespace Timeline.Api.Infrastructure;

/// <summary>Lets a write through only with a configured X-Api-Key.</summary>
public sealed class ApiKeyFilter(IOptionsMonitor<IngestionOptions> options) : IEndpointFilter
{
    public const string Header = "X-Api-Key";

    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var given = context.HttpContext.Request.Headers[Header].ToString();
        if (given.Length > 0 && options.CurrentValue.ApiKeys.Any(key => Matches(key, given)))
        {
            return await next(context);
        }

        return Problems.Status(StatusCodes.Status401Unauthorized, "Missing or wrong API key",
            $"Writes need a valid key in the {Header} header.");
    }

    // Constant-time, so response timing does not reveal how much of a key was right.
    private static bool Matches(string expected, string given) =>
        !string.IsNullOrEmpty(expected)
        && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(given));
}
