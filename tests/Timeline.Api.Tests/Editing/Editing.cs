using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Editing;

/// <summary>Helpers for the editing tests: read an event with its ETag, send a merge patch or an action.</summary>
public static class Editing
{
    public static async Task<(JsonNode Event, string ETag)> ReadEventAsync(this HttpClient client, string id, bool hidden = false)
    {
        var response = await client.GetAsync($"/api/v1/events/{id}{(hidden ? "?include=hidden" : "")}");
        response.EnsureSuccessStatusCode();
        return (await response.JsonAsync(), response.Headers.ETag!.ToString());
    }

    public static Task<HttpResponseMessage> PatchEventAsync(this HttpClient client, string id, object patch, string? etag)
    {
        var request = new HttpRequestMessage(HttpMethod.Patch, $"/api/v1/events/{id}") { Content = JsonContent.Create(patch) };
        request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/merge-patch+json");
        if (etag is not null)
        {
            request.Headers.TryAddWithoutValidation("If-Match", etag);
        }

        return client.SendAsync(request);
    }

    public static Task<HttpResponseMessage> ActAsync(this HttpClient client, string id, string action, object body) =>
        client.PostAsJsonAsync($"/api/v1/events/{id}/{action}", body);

    public static async Task<JsonArray> HistoryAsync(this HttpClient client, string id) =>
        (await (await client.GetAsync($"/api/v1/events/{id}/history")).JsonAsync())["items"]!.AsArray();

    public static async Task AssertProblemAsync(this HttpResponseMessage response, System.Net.HttpStatusCode status, string? field = null)
    {
        var body = await response.Content.ReadAsStringAsync();
        Assert.True(status == response.StatusCode, $"{response.StatusCode}: {body}");
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        if (field is not null)
        {
            Assert.True(JsonNode.Parse(body)!["errors"]?[field] is not null, $"no error for {field}: {body}");
        }
    }
}
