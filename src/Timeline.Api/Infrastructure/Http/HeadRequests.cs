namespace Timeline.Api.Infrastructure.Http;

/// <summary>
/// HEAD is answered as GET without the body (RFC 9110 §9.3.2): routed as GET so every read supports it, with the
/// body written to nowhere. Runs before routing.
/// </summary>
public sealed class HeadRequests(RequestDelegate next)
{
    public async Task InvokeAsync(HttpContext context)
    {
        if (!HttpMethods.IsHead(context.Request.Method))
        {
            await next(context);
            return;
        }

        var body = context.Response.Body;
        context.Request.Method = HttpMethods.Get;
        context.Response.Body = Stream.Null;
        try
        {
            await next(context);
        }
        finally
        {
            context.Request.Method = HttpMethods.Head;
            context.Response.Body = body;
        }
    }
}
