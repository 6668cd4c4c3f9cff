using Microsoft.AspNetCore.Diagnostics;

namespace Timeline.Api.Infrastructure.Errors;

/// <summary>
/// Every error answer is problem+json that names its field or reason: exceptions the handlers below know (a database
/// that is away, a body the server could not read, an article over its extraction budget), and the empty 4xx the
/// framework makes itself (no route, wrong method). Every answer also says nosniff.
/// </summary>
public static class ErrorHandling
{
    public static IServiceCollection AddTimelineErrorHandling(this IServiceCollection services)
    {
        services.AddProblemDetails();
        services.AddExceptionHandler<DatabaseFaultHandler>();
        services.AddExceptionHandler<InputFaultHandler>();
        // Binding failures throw, so the handler above can name the parameter instead of a bare 400.
        services.Configure<RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        return services;
    }

    public static WebApplication UseTimelineErrorHandling(this WebApplication app)
    {
        app.Use(static (context, next) =>
        {
            context.Response.Headers.XContentTypeOptions = "nosniff";
            return next(context);
        });
        app.UseExceptionHandler();
        app.UseStatusCodePages(StatusCodeProblems.WriteAsync);
        return app;
    }
}
