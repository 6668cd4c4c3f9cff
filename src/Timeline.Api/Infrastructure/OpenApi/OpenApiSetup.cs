using Microsoft.OpenApi;

namespace Timeline.Api.Infrastructure.OpenApi;

public static class OpenApiSetup
{
    public const string ApiKeyScheme = "ApiKey";
    public const string EditorKeyScheme = "EditorKey";

    public static IServiceCollection AddTimelineOpenApi(this IServiceCollection services)
    {
        services.AddEndpointsApiExplorer();
        services.AddSwaggerGen(options =>
        {
            options.SwaggerDoc("v1", new OpenApiInfo
            {
                Title = "Timeline — US–China relations",
                Version = "v1",
                Description = """
                    A sourced timeline of US–China events (meetings, calls, talks, agreements, tariffs, export controls,
                    sanctions, statements, accusations, appointments) extracted from news articles. Every event cites
                    the articles and the exact sentences it came from; several reports of one event are one event.
                    Reading needs no key. To add articles, press Authorize and enter a writer key (ApiKey); to correct
                    events (Editing), an editor key (EditorKey). Both go in the X-Api-Key header.
                    To see what the service would extract from a text without storing it, use POST /api/v1/extract.
                    HTTP: every GET also answers HEAD; API reads carry a weak ETag and Last-Modified and answer 304 to a
                    matching If-None-Match or If-Modified-Since; answers are brotli- or gzip-compressed when accepted;
                    browser apps on the origins in Cors:AllowedOrigins may call the API (none by default); writes (per
                    key), exports, feeds, facets and previews (per client) are rate-limited: 429 with Retry-After.
                    A timeline page for people is at /timeline.
                    """,
                License = new OpenApiLicense { Name = "MIT", Url = new Uri("https://opensource.org/licenses/MIT") },
            });
            options.AddSecurityDefinition(ApiKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyFilter.Header,
                Description = "Writer key, configured in Ingestion:ApiKeys. Needed to add or delete articles.",
            });
            options.AddSecurityDefinition(EditorKeyScheme, new OpenApiSecurityScheme
            {
                Type = SecuritySchemeType.ApiKey,
                In = ParameterLocation.Header,
                Name = ApiKeyFilter.Header,
                Description = "Editor key, configured in Editing:Keys (each with a name, which the history shows). Needed to correct events and to re-extract the archive.",
            });
            var xml = Path.Combine(AppContext.BaseDirectory, "Timeline.Api.xml");
            if (File.Exists(xml))
            {
                options.IncludeXmlComments(xml);
            }

            options.SupportNonNullableReferenceTypes();
            options.SchemaFilter<ContractSchemaFilter>();
            options.DocumentFilter<DocumentShapeFilter>();
            options.OperationFilter<SecurityOperationFilter>();
            options.OperationFilter<HttpBehaviourFilter>();
            options.OperationFilter<ResponseExampleFilter>();
            options.OperationFilter<ParameterDescriptionFilter>();
            options.OperationFilter<QueryParameterFilter>();
            options.OperationFilter<RequestBodyFilter>();
            options.OperationFilter<RequestExampleFilter>();
            options.OperationFilter<IfMatchFilter>();
        });
        return services;
    }

    public static void UseTimelineOpenApi(this WebApplication app)
    {
        app.UseSwagger(options => options.PreSerializeFilters.Add((document, request) =>
            document.Servers = [new OpenApiServer { Url = $"{request.Scheme}://{request.Host}{request.PathBase}", Description = "This service" }]));
        app.UseSwaggerUI(options =>
        {
            options.SwaggerEndpoint("/swagger/v1/swagger.json", "Timeline v1");
            options.DocumentTitle = "Timeline API";
        });
    }
}
