using System.Text;
using System.Text.Json;
using Timeline.Evaluation.Gold;

namespace Timeline.Evaluation.Service;

/// <summary>The only place the evaluator talks HTTP: ingest an article, read it back.</summary>
public sealed class TimelineClient(HttpClient http, string apiKey)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public async Task<ArticleResponse> IngestAsync(GoldArticle article, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, "api/v1/articles")
        {
            // Buffered rather than JsonContent's streaming, so the request carries a Content-Length.
            Content = new StringContent(
                JsonSerializer.Serialize(
                    new { article.Url, article.Title, article.Publisher, article.PublishedAt, article.Language, article.Text },
                    Json),
                Encoding.UTF8,
                "application/json"),
        };
        request.Headers.Add("X-Api-Key", apiKey);
        using var response = await http.SendAsync(request, cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    public async Task<ArticleResponse> GetArticleAsync(string id, CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync("api/v1/articles/" + Uri.EscapeDataString(id), cancellationToken);
        return await ReadAsync(response, cancellationToken);
    }

    private static async Task<ArticleResponse> ReadAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var body = await response.Content.ReadAsStringAsync(cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            var excerpt = body.Length > 500 ? body[..500] + "…" : body;
            throw new HttpRequestException(
                $"{(int)response.StatusCode} {response.ReasonPhrase} from {response.RequestMessage?.RequestUri}: {excerpt}",
                null,
                response.StatusCode);
        }

        return JsonSerializer.Deserialize<ArticleResponse>(body, Json)
            ?? throw new InvalidDataException($"Empty body from {response.RequestMessage?.RequestUri}");
    }
}
