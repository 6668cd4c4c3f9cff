using Serilog;
using Serilog.Events;
using Serilog.Formatting.Compact;

namespace Timeline.Api.Infrastructure;

public static class LoggingSetup
{
    /// <summary>
    /// Serilog from configuration ("Serilog" section), readable console text in Development and compact JSON
    /// elsewhere. No static bootstrap logger: it would be shared by every test host in one process.
    /// Nothing here logs request bodies or headers, so article texts and API keys never reach a log line.
    /// </summary>
    public static WebApplicationBuilder AddTimelineLogging(this WebApplicationBuilder builder)
    {
        var development = builder.Environment.IsDevelopment();
        builder.Services.AddSerilog((services, config) =>
        {
            config.ReadFrom.Configuration(builder.Configuration)
                .MinimumLevel.Override("Microsoft.AspNetCore", LogEventLevel.Warning)
                .MinimumLevel.Override("Microsoft.EntityFrameworkCore", LogEventLevel.Warning)
                .Enrich.FromLogContext();
            if (development)
            {
                config.WriteTo.Console();
            }
            else
            {
                config.WriteTo.Console(new RenderedCompactJsonFormatter());
            }
        });
        return builder;
    }

    public static void UseTimelineRequestLogging(this WebApplication app) =>
        app.UseSerilogRequestLogging(options =>
            options.MessageTemplate = "HTTP {RequestMethod} {RequestPath} responded {StatusCode} in {Elapsed:0.0} ms");
}
