using System.Text;
using static Timeline.Api.Tests.BadInput.BadInputCase;

namespace Timeline.Api.Tests.BadInput;

/// <summary>Wrong methods, content types, keys, headers and paths.</summary>
public static class RequestCases
{
    private const string Body = "{\"text\": \"Wang Yi met Antony Blinken on Monday in Beijing.\"}";

    public static IEnumerable<BadInputCase> All() => Methods().Concat(ContentTypes()).Concat(Keys()).Concat(Paths()).Concat(Headers());

    private static IEnumerable<BadInputCase> Methods()
    {
        var id = Guid.NewGuid();
        (string Method, string Path, int Status)[] wrong =
        [
            ("PUT", "/api/v1/articles", 405), ("PATCH", "/api/v1/articles", 405), ("DELETE", "/api/v1/articles", 405),
            ("POST", "/api/v1/events", 403), ("PUT", "/api/v1/events", 405), ("DELETE", "/api/v1/events", 405),
            ("PATCH", "/api/v1/events", 405), ("POST", "/api/v1/actors", 405), ("PUT", $"/api/v1/articles/{id}", 405),
            ("POST", $"/api/v1/articles/{id}", 405), ("TRACE", "/api/v1/events", 405), ("GET", "/api/v1/extract", 405),
            ("DELETE", $"/api/v1/events/{id}", 405), ("POST", "/api/v1/events/facets", 405), ("PUT", "/health/ready", 405),
        ];
        foreach (var (method, path, status) in wrong)
        {
            yield return new BadInputCase($"{method} {path}", new HttpMethod(method), path) { Status = status, ContentType = null };
        }

        yield return new BadInputCase("DELETE an unknown article", HttpMethod.Delete, $"/api/v1/articles/{id}") { Status = 404, ContentType = null };
        yield return new BadInputCase("DELETE a non-guid article", HttpMethod.Delete, "/api/v1/articles/not-a-guid") { Status = 404, ContentType = null };
        yield return new BadInputCase("DELETE without a key", HttpMethod.Delete, $"/api/v1/articles/{id}") { Status = 401, ContentType = null, WithKey = false };
        yield return new BadInputCase("DELETE with a body", HttpMethod.Delete, $"/api/v1/articles/{id}") { Status = 404, Body = Encoding.UTF8.GetBytes("{}") };
        yield return new BadInputCase("HEAD events", HttpMethod.Head, "/api/v1/events") { ContentType = null };
        yield return new BadInputCase("OPTIONS articles", HttpMethod.Options, "/api/v1/articles") { ContentType = null };
    }

    private static IEnumerable<BadInputCase> ContentTypes()
    {
        string?[] types =
        [
            "text/plain", "text/html", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded",
            null, "application/jsonx", "application/octet-stream", "image/png", "json",
        ];
        foreach (var type in types)
        {
            var shown = type ?? "no content type";
            var body = Encoding.UTF8.GetBytes(Body);
            yield return new BadInputCase($"{shown} with a key", HttpMethod.Post, "/api/v1/articles") { Body = body, ContentType = type, Status = 415 };
            yield return new BadInputCase($"{shown} without a key", HttpMethod.Post, "/api/v1/articles") { Body = body, ContentType = type, Status = 401, WithKey = false };
        }

        foreach (var type in new[] { "text/plain", "application/xml" })
        {
            var batch = Encoding.UTF8.GetBytes($"[{Body}]");
            yield return new BadInputCase($"a batch as {type} with a key", HttpMethod.Post, "/api/v1/articles/batch") { Body = batch, ContentType = type, Status = 415 };
            yield return new BadInputCase($"a batch as {type} without a key", HttpMethod.Post, "/api/v1/articles/batch") { Body = batch, ContentType = type, Status = 401, WithKey = false };
        }

        yield return new BadInputCase("a body without content to the preview", HttpMethod.Post, "/api/v1/extract") { Body = [], ContentType = "text/plain", Status = 415 };
        // JSON is UTF-8 whatever the charset parameter says (RFC 8259).
        yield return new BadInputCase("JSON with a latin1 charset", HttpMethod.Post, "/api/v1/articles")
        {
            Body = Encoding.UTF8.GetBytes(Body), ContentType = "application/json; charset=latin1", Writes = true,
        };
    }

    private static IEnumerable<BadInputCase> Keys()
    {
        yield return new BadInputCase("no key", HttpMethod.Post, "/api/v1/articles") { Body = Encoding.UTF8.GetBytes(Body), WithKey = false, Status = 401 };
        yield return new BadInputCase("a wrong key", HttpMethod.Post, "/api/v1/articles") { Body = Encoding.UTF8.GetBytes(Body), Key = "guess", Status = 401 };
        yield return new BadInputCase("an empty key", HttpMethod.Post, "/api/v1/articles") { Body = Encoding.UTF8.GetBytes(Body), Key = string.Empty, Status = 401 };
        yield return new BadInputCase("a key of 8,000 characters", HttpMethod.Post, "/api/v1/articles") { Body = Encoding.UTF8.GetBytes(Body), Key = new string('k', 8000), Status = 401 };
        yield return new BadInputCase("the key with a trailing space", HttpMethod.Post, "/api/v1/articles") { Body = Encoding.UTF8.GetBytes(Body), Key = "test-writer-key ", Status = 401 };
        yield return new BadInputCase("the key twice", HttpMethod.Post, "/api/v1/articles")
        {
            Body = Encoding.UTF8.GetBytes(Body), WithKey = false, Headers = [("X-Api-Key", "test-writer-key"), ("X-Api-Key", "guess")], Status = 401,
        };
    }

    private static IEnumerable<BadInputCase> Paths()
    {
        string[] missing =
        [
            "/api", "/api/v1", "/api/v2/events", "/api/v1/events/not-a-guid", $"/api/v1/events/{Guid.NewGuid()}",
            $"/api/v1/articles/{Guid.NewGuid()}", "/api/v1/articles/not-a-guid", "/api/v1/actors/nobody-by-this-id",
            "/api/v1/actors/" + new string('a', 3000), "/api/v1/events/..%2f..%2fetc%2fpasswd", "/swagger/nope.json", "/health/nope",
            "/api/v1/EVENTS/" + Guid.Empty,
        ];
        foreach (var path in missing)
        {
            yield return Get(path, 404);
        }

        // (A NUL in the path is refused by the in-memory test client itself; the barrage over HTTP sends it.)
        yield return Get("/api/v1/actors/a%01b", null);
        yield return Get("/api/v1/actors/%2e%2e", null);
        yield return Get("/%7f", 404);
    }

    private static IEnumerable<BadInputCase> Headers()
    {
        foreach (var accept in new[] { "text/html", "application/xml", "*/*", "image/png" })
        {
            yield return Get("/nope", 404) with { Name = $"404 asking for {accept}", Headers = [("Accept", accept)] };
            yield return Get("/api/v1/events?limit=abc", 400, "limit") with { Name = $"400 asking for {accept}", Headers = [("Accept", accept)] };
        }

        yield return Get("/api/v1/events", null) with { Name = "an If-None-Match of garbage", Headers = [("If-None-Match", "\"\u0001garbage")] };
        yield return Get("/api/v1/events", null) with { Name = "an If-Modified-Since of garbage", Headers = [("If-Modified-Since", "yesterday")] };
        yield return Get("/api/v1/events", null) with { Name = "an Origin from elsewhere", Headers = [("Origin", "https://evil.example")] };
        yield return Get("/api/v1/events", null) with { Name = "Accept-Encoding of garbage", Headers = [("Accept-Encoding", "br;q=x, gzip;q=-1")] };
    }
}
