using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>Small helpers for calling the API and reading its JSON.</summary>
public static class Api
{
    public static Task<HttpResponseMessage> PostArticleAsync(this HttpClient client, object body) =>
        client.PostAsJsonAsync("/api/v1/articles", body);

    public static Task<HttpResponseMessage> PostTextAsync(this HttpClient client, string text, string? url = null, string? publisher = null, string? publishedAt = null) =>
        client.PostArticleAsync(new { url, publisher, publishedAt, text });

    public static async Task<JsonNode> JsonAsync(this HttpResponseMessage response) =>
        JsonNode.Parse(await response.Content.ReadAsStringAsync()) ?? throw new JsonException("empty body");

    public static async Task<JsonArray> EventsAsync(this HttpClient client, string query = "")
    {
        var page = await (await client.GetAsync($"/api/v1/events?limit=500{query}")).JsonAsync();
        return page["items"]!.AsArray();
    }

    public static string Str(this JsonNode? node, string name) => node![name]!.GetValue<string>();

    public static IEnumerable<string> Strings(this JsonNode? node, string array, string field) =>
        node![array]!.AsArray().Select(n => n!.Str(field));
}
