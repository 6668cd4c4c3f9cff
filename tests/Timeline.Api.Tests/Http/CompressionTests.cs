using System.IO.Compression;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Http;

public sealed class CompressionTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Theory]
    [InlineData("gzip", "/api/v1/events?limit=500")]
    [InlineData("br", "/api/v1/events?limit=500")]
    [InlineData("br", "/api/v1/events/export?format=csv")]
    [InlineData("gzip", "/api/v1/events/feed")]
    public async Task AnswersAreCompressedWhenTheClientAcceptsIt(string encoding, string url)
    {
        for (var i = 0; i < 20; i++)
        {
            await Writer().PostTextAsync($"A {i}.\nstatement|010|2025-03-{i + 1}||china|China states position number {i} on trade", $"https://s.example/{i}");
        }

        var plain = await Reader().GetByteArrayAsync(url);
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("Accept-Encoding", encoding);
        var response = await Reader().SendAsync(request);
        var compressed = await response.Content.ReadAsByteArrayAsync();

        Assert.Equal(encoding, Assert.Single(response.Content.Headers.ContentEncoding));
        Assert.Contains("Accept-Encoding", response.Headers.Vary);
        Assert.True(compressed.Length * 3 < plain.Length, $"{compressed.Length} of {plain.Length} bytes");
        Assert.Equal(plain, Decompress(encoding, compressed));
    }

    private static byte[] Decompress(string encoding, byte[] data)
    {
        using var input = new MemoryStream(data);
        using Stream reader = encoding == "br" ? new BrotliStream(input, CompressionMode.Decompress) : new GZipStream(input, CompressionMode.Decompress);
        using var output = new MemoryStream();
        reader.CopyTo(output);
        return output.ToArray();
    }
}
