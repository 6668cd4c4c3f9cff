using System.Text;

namespace Timeline.Api.Tests.BadInput;

/// <summary>
/// One hostile or malformed request and what must come back: never a 5xx; for a 4xx, problem+json naming
/// <see cref="Field"/> (in errors) when given, else at least a title and a detail. Unless <see cref="Writes"/>,
/// the stored data must be the same afterwards.
/// </summary>
public sealed record BadInputCase(string Name, HttpMethod Method, string Path)
{
    public byte[]? Body { get; init; }

    public string? ContentType { get; init; } = "application/json";

    public bool WithKey { get; init; } = true;

    public string? Key { get; init; }

    public IReadOnlyList<(string Name, string Value)> Headers { get; init; } = [];

    /// <summary>The status that must come back; null when any non-5xx answer is right (e.g. a write that is cleaned and stored).</summary>
    public int? Status { get; init; }

    /// <summary>The field or parameter the problem must name in its errors.</summary>
    public string? Field { get; init; }

    public bool Writes { get; init; }

    public override string ToString() => Name;

    public static BadInputCase Post(string name, string json, int? status, string? field, bool writes = false) =>
        new(name, HttpMethod.Post, "/api/v1/articles") { Body = Encoding.UTF8.GetBytes(json), Status = status, Field = field, Writes = writes };

    public static BadInputCase PostBytes(string name, byte[] body, int? status, string? field) =>
        new(name, HttpMethod.Post, "/api/v1/articles") { Body = body, Status = status, Field = field };

    public static BadInputCase Get(string path, int? status, string? field = null) =>
        new($"GET {path}", HttpMethod.Get, path) { Status = status, Field = field, ContentType = null };

    public HttpRequestMessage ToRequest(string writerKey)
    {
        var request = new HttpRequestMessage(Method, Path);
        if (Body is not null)
        {
            request.Content = new ByteArrayContent(Body);
            if (ContentType is not null)
            {
                request.Content.Headers.TryAddWithoutValidation("Content-Type", ContentType);
            }
        }

        if (Key is not null || WithKey)
        {
            request.Headers.TryAddWithoutValidation("X-Api-Key", Key ?? writerKey);
        }

        foreach (var (name, value) in Headers)
        {
            if (!request.Headers.TryAddWithoutValidation(name, value))
            {
                request.Content?.Headers.TryAddWithoutValidation(name, value);
            }
        }

        return request;
    }
}
