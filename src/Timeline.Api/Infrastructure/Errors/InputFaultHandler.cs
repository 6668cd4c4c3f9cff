using Microsoft.AspNetCore.Diagnostics;
using Npgsql;
using Timeline.Api.Articles;

namespace Timeline.Api.Infrastructure.Errors;

/// <summary>
/// Input the endpoints could not turn away themselves: a request the server could not read (binding, a broken
/// chunked body), an article whose extraction ran over its budget, and values PostgreSQL refuses (a data exception
/// or a size limit, e.g. an index row too large). The database rolled the transaction back, so nothing was stored.
/// </summary>
public sealed class InputFaultHandler(ILogger<InputFaultHandler> logger) : IExceptionHandler
{
    public async ValueTask<bool> TryHandleAsync(HttpContext context, Exception exception, CancellationToken cancellationToken)
    {
        var result = exception switch
        {
            BadHttpRequestException bad => Problems.Status(bad.StatusCode, "Bad request", bad.Message),
            ExtractionBudgetExceededException budget => budget.ToProblem(),
            _ when Refused(exception) is { } refused => Refuse(refused),
            _ => null,
        };
        if (result is null)
        {
            return false;
        }

        await result.ExecuteAsync(context);
        return true;
    }

    private static PostgresException? Refused(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            // Class 22: data exceptions (bad encoding, out-of-range values); class 54: program limits (sizes).
            if (e is PostgresException postgres && (postgres.SqlState.StartsWith("22", StringComparison.Ordinal) || postgres.SqlState.StartsWith("54", StringComparison.Ordinal)))
            {
                return postgres;
            }
        }

        return null;
    }

    private IResult Refuse(PostgresException refused)
    {
        logger.LogWarning("PostgreSQL refused a value of a request ({SqlState}: {Message}); answering 422", refused.SqlState, refused.MessageText);
        return Problems.Status(StatusCodes.Status422UnprocessableEntity, "Value refused by the database",
            $"A value of this request cannot be stored ({refused.SqlState}: {refused.MessageText}); nothing was stored.");
    }
}
