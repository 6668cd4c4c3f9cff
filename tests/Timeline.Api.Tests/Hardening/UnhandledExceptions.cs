using System.Collections.Concurrent;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;

namespace Timeline.Api.Tests.Hardening;

/// <summary>
/// Registered after the service's own exception handlers: records what none of them took (what became a 500), so a
/// failing fault test can say which exception it was. Handles nothing itself.
/// </summary>
public sealed class UnhandledExceptions : IExceptionHandler
{
    private readonly ConcurrentQueue<Exception> _seen = new();

    public ValueTask<bool> TryHandleAsync(HttpContext httpContext, Exception exception, CancellationToken cancellationToken)
    {
        _seen.Enqueue(exception);
        return ValueTask.FromResult(false);
    }

    public override string ToString() =>
        _seen.IsEmpty ? "none" : string.Join(" | ", _seen.Select(e => $"{e.GetType().FullName}: {e.Message} <- {e.InnerException?.GetType().FullName}: {e.InnerException?.Message}"));
}
