using System.Reflection;
using System.Text.Json;
using Microsoft.AspNetCore.Http.Metadata;

namespace Timeline.Api.Events;

/// <summary>
/// 200 with an <see cref="EventPage"/> whose items are <see cref="EventJson"/> rows, written as they came from
/// PostgreSQL; described in OpenAPI as the page it is.
/// </summary>
public sealed class EventPageJson(IReadOnlyList<EventJson.Row> items, string? nextCursor) : IResult, IEndpointMetadataProvider
{
    public IReadOnlyList<EventJson.Row> Items { get; } = items;

    public string? NextCursor { get; } = nextCursor;

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        await using var json = EventJsonWriting.Start(httpContext);
        json.WriteStartObject();
        json.WriteStartArray("items");
        foreach (var item in Items)
        {
            json.WriteRawValue(item.Json, skipInputValidation: true);
        }

        json.WriteEndArray();
        json.WriteString("nextCursor", NextCursor);
        json.WriteEndObject();
        await EventJsonWriting.EndAsync(httpContext, json);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => EventJsonWriting.Describe<EventPage>(builder);
}

/// <summary>200 with one <see cref="EventResponse"/> as <see cref="EventJson"/> built it.</summary>
public sealed class EventJsonResult(EventJson.Row item) : IResult, IEndpointMetadataProvider
{
    public EventJson.Row Item { get; } = item;

    /// <summary>The answer's status: 200, or 201 for an event an editor added.</summary>
    public int StatusCode { get; init; } = StatusCodes.Status200OK;

    public string? Location { get; init; }

    /// <summary>A strong ETag, the event's version: PATCH and the other corrections compare it with If-Match.</summary>
    public static string ETagOf(int version) => $"\"{version}\"";

    public async Task ExecuteAsync(HttpContext httpContext)
    {
        httpContext.Response.Headers.ETag = ETagOf(Item.Version);
        if (Location is not null)
        {
            httpContext.Response.Headers.Location = Location;
        }

        await using var json = EventJsonWriting.Start(httpContext, StatusCode);
        json.WriteRawValue(Item.Json, skipInputValidation: true);
        await EventJsonWriting.EndAsync(httpContext, json);
    }

    public static void PopulateMetadata(MethodInfo method, EndpointBuilder builder) => EventJsonWriting.Describe<EventResponse>(builder);
}

internal static class EventJsonWriting
{
    public static Utf8JsonWriter Start(HttpContext httpContext, int status = StatusCodes.Status200OK)
    {
        httpContext.Response.StatusCode = status;
        httpContext.Response.ContentType = "application/json; charset=utf-8";
        return new Utf8JsonWriter(httpContext.Response.BodyWriter);
    }

    /// <summary>The writer only fills the pipe's buffer; the pipe sends it on flush.</summary>
    public static async Task EndAsync(HttpContext httpContext, Utf8JsonWriter json)
    {
        json.Flush();
        await httpContext.Response.BodyWriter.FlushAsync(httpContext.RequestAborted);
    }

    public static void Describe<T>(EndpointBuilder builder) =>
        builder.Metadata.Add(new ProducesResponseTypeMetadata(StatusCodes.Status200OK, typeof(T), ["application/json"]));
}
