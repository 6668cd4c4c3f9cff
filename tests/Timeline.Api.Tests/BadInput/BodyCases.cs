using System.Text;
using static Timeline.Api.Tests.BadInput.BadInputCase;

namespace Timeline.Api.Tests.BadInput;

/// <summary>Ingestion bodies: malformed JSON, wrong types, huge and deep bodies, invalid UTF-8, control characters, bad values.</summary>
public static class BodyCases
{
    private const int BadRequest = 400;
    private const int Unprocessable = 422;
    private const string Story = "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken on Monday in Beijing.";

    private static readonly string[] StringFields = ["url", "title", "publisher", "publishedAt", "language", "text", "html"];

    public static IEnumerable<BadInputCase> All() =>
        Malformed().Concat(WrongTypes()).Concat(Sizes()).Concat(InvalidUtf8()).Concat(ControlCharacters())
            .Concat(Urls()).Concat(Dates()).Concat(Languages()).Concat(Contents());

    private static IEnumerable<BadInputCase> Malformed()
    {
        string[] bodies =
        [
            "", " ", "\n\n", "{", "}", "[", "]", "{\"text\":", "{\"text\": \"x\",}", "{'text': 'x'}", "{text: \"x\"}",
            "{\"text\": \"x\" \"url\": null}", "nul", "tru", "{\"text\": \"x\"}}", "{\"text\": \"x\"} trailing",
            "{\"text\": \"a\\qb\"}", "{\"text\": \"a\\u12\"}", "{\"text\": \"a\tb\"}", "{\"text\": NaN}", "{\"text\": 01}",
            "/* comment */ {\"text\": \"x\"}", "{\"text\": \"x\" // comment\n}", "{\"text\" \"x\"}", "{\"text\": \"x\"", "\"",
            "{\"text\": \"unterminated}", "{,}", "null", "42", "\"a string\"", "true", "[]", "[{\"text\": \"x\"}]",
        ];
        return bodies.Select((body, i) => Post($"malformed JSON #{i}: {Show(body)}", body, BadRequest, "body"));
    }

    private static IEnumerable<BadInputCase> WrongTypes()
    {
        string[] values = ["42", "true", "[]", "{}", "1.5", "[\"a\"]"];
        return StringFields.SelectMany(field => values.Select(value =>
            Post($"{field} as {value}", $"{{\"text\": \"{Story}\", {Quote(field)}: {value}}}".Replace("\"text\": \"" + Story + "\", \"text\"", "\"text\""), BadRequest, field)));
    }

    private static IEnumerable<BadInputCase> Sizes()
    {
        yield return Post("a body over the size limit", $"{{\"text\": \"{new string('a', 1_100_000)}\"}}", 413, null);
        yield return Post("nested 70 deep", $"{{\"text\": \"{Story}\", \"extra\": {new string('[', 70)}{new string(']', 70)}}}", BadRequest, "body");
        yield return Post("nested 1,000 deep", new string('[', 1000) + new string(']', 1000), BadRequest, "body");
        yield return Post("nested 100,000 deep objects", string.Concat(Enumerable.Repeat("{\"a\":", 100_000)) + "1" + new string('}', 100_000), BadRequest, "body");
        yield return Post("a title of 1,001 characters", $"{{\"text\": \"{Story}\", \"title\": \"{new string('t', 1001)}\"}}", Unprocessable, "title");
        yield return Post("a title of 900 KB", $"{{\"text\": \"{Story}\", \"title\": \"{new string('t', 900_000)}\"}}", Unprocessable, "title");
        yield return Post("a publisher of 301 characters", $"{{\"text\": \"{Story}\", \"publisher\": \"{new string('p', 301)}\"}}", Unprocessable, "publisher");
        yield return Post("50,000 unknown properties", "{" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"\"p{i}\":1,")) + $"\"text\": \"{Story}\"}}", null, null, writes: true);
        yield return Post("a text of 150,000 unicode escapes", $"{{\"text\": \"{string.Concat(Enumerable.Repeat("\\u0041", 150_000))}\"}}", null, null, writes: true);
        yield return Post("a url of 1 MB", $"{{\"text\": \"{Story}\", \"url\": \"https://e.org/{new string('a', 1_000_000)}\"}}", Unprocessable, "url");
    }

    private static IEnumerable<BadInputCase> InvalidUtf8()
    {
        byte[][] sequences =
        [
            [0xFF], [0xC3], [0xC0, 0xAF], [0xED, 0xA0, 0x80], [0xF5, 0x80, 0x80, 0x80], [0x80], [0xE2, 0x82], [0xF0, 0x9F, 0x98],
            [0xFE, 0xFF],
        ];
        foreach (var bytes in sequences)
        {
            var hex = Convert.ToHexString(bytes);
            yield return PostBytes($"invalid UTF-8 {hex} in text", [.. "{\"text\": \"a"u8, .. bytes, .. "b\"}"u8], BadRequest, null);
            yield return PostBytes($"invalid UTF-8 {hex} outside strings", [.. "{"u8, .. bytes, .. "\"text\": \"a\"}"u8], BadRequest, "body");
        }

        foreach (var bytes in sequences)
        {
            yield return new BadInputCase($"invalid UTF-8 {Convert.ToHexString(bytes)} in a batch", HttpMethod.Post, "/api/v1/articles/batch")
            {
                Body = [.. "[{\"text\": \"a"u8, .. bytes, .. "b\"}]"u8], Status = BadRequest, Field = "body",
            };
        }

        yield return PostBytes("a UTF-16 body", Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes($"{{\"text\": \"{Story}\"}}")).ToArray(), BadRequest, "body");
        yield return PostBytes("a UTF-32 body", Encoding.UTF32.GetBytes($"{{\"text\": \"{Story}\"}}"), BadRequest, "body");
    }

    private static IEnumerable<BadInputCase> ControlCharacters()
    {
        string[] controls = ["\\u0000", "\\u0001", "\\u0007", "\\u001b", "\\u007f", "\\u0085", "\\u009f", "\\u0000\\u0000\\u0000"];
        foreach (var control in controls)
        {
            foreach (var field in new[] { "title", "publisher" })
            {
                yield return Post($"{control} in {field}", $"{{\"text\": \"{Story} {field}{control}\", {Quote(field)}: \"a{control}b\"}}", null, null, writes: true);
            }

            yield return Post($"{control} in text", $"{{\"text\": \"Wang Yi{control} met Antony Blinken on Monday. {control}\"}}", null, null, writes: true);
            yield return Post($"{control} in html", $"{{\"html\": \"<p>Wang Yi met{control} Antony Blinken {control}.</p>\"}}", null, null, writes: true);
            yield return Post($"{control} in url", $"{{\"text\": \"{Story}\", \"url\": \"https://e.org/a{control}b\"}}", Unprocessable, "url");
            yield return Post($"{control} in publishedAt", $"{{\"text\": \"{Story}\", \"publishedAt\": \"2025-05{control}-23\"}}", Unprocessable, "publishedAt");
            yield return Post($"{control} in language", $"{{\"text\": \"{Story}\", \"language\": \"e{control}n\"}}", Unprocessable, "language");
        }

        yield return Post("only control characters as text", "{\"text\": \"\\u0000\\u0001\\u0002\"}", Unprocessable, "text");
        foreach (var field in new[] { "url", "title", "publisher", "text", "html" })
        {
            yield return Post($"a lone surrogate in {field}", $"{{\"text\": \"{Story}\", {Quote(field)}: \"a\\ud800b\"}}".Replace($"\"text\": \"{Story}\", \"text\"", "\"text\""), BadRequest, field);
        }

        yield return Post("a lone low surrogate in text", "{\"text\": \"a\\udc00b\"}", BadRequest, "text");
        yield return Post("an emoji (a surrogate pair) in title", $"{{\"text\": \"{Story} emoji\", \"title\": \"a \\ud83d\\ude00 b\"}}", null, null, writes: true);
    }

    private static IEnumerable<BadInputCase> Urls()
    {
        string[] refused =
        [
            "/relative/path", "example.org/story", "ftp://example.org/a", "javascript:alert(1)", "data:text/html,x", "mailto:a@b.org",
            "file:///etc/passwd", "http://", "https://", "http:///path", "http://exa mple.org/", "https://e.org:99999/", "", "   ",
            "https://e.org/" + new string('a', 2100), "https://e.org/" + new string('ä', 700), "//e.org/protocol-relative", "urn:isbn:123",
        ];
        foreach (var (url, i) in refused.Select((u, i) => (u, i)))
        {
            yield return Post($"url refused #{i}: {Show(url)}", $"{{\"text\": \"{Story} u{i}\", \"url\": \"{url}\"}}", Unprocessable, "url");
        }

        string[] accepted =
        [
            "HTTPS://EXAMPLE.org/Upper#fragment", "https://user:secret@example.org/credentials", "https://bücher.example/idn",
            "https://[::1]/ipv6", "http://example.org:80/default-port", "https://example.org/a%20b?q=1&q=2",
        ];
        foreach (var (url, i) in accepted.Select((u, i) => (u, i)))
        {
            yield return Post($"url accepted #{i}: {url}", $"{{\"text\": \"{Story} a{i}\", \"url\": \"{url}\"}}", null, null, writes: true);
        }
    }

    private static IEnumerable<BadInputCase> Dates()
    {
        string[] refused =
        [
            "0001-01-01", "9999-12-31", "1899-12-31", "2101-01-01", "0000-01-01", "2025-13-01", "2025-02-29", "2024-02-30",
            "2025-05-23T25:00", "2025-05-23T10:00:00+99:00", "20250523", "2025/05/23", "May 23, 2025", "", " ",
            "2025-05-23T05:30:00.123456789Z", "-2025-05-23", "+002025-05-23", "9999-12-31T23:59:59-14:00", "0001-01-01T00:00:00+14:00",
            "2025-05-23T", "2025-5-3", "yesterday", "1e10",
        ];
        foreach (var (date, i) in refused.Select((d, i) => (d, i)))
        {
            yield return Post($"publishedAt refused #{i}: {Show(date)}", $"{{\"text\": \"{Story} d{i}\", \"publishedAt\": \"{date}\"}}", Unprocessable, "publishedAt");
        }

        foreach (var date in new[] { "1900-01-01", "2100-12-31", "2025-05-23T23:30:00-04:00" })
        {
            yield return Post($"publishedAt accepted: {date}", $"{{\"text\": \"{Story} {date}\", \"publishedAt\": \"{date}\"}}", null, null, writes: true);
        }
    }

    private static IEnumerable<BadInputCase> Languages()
    {
        string[] refused = ["e", "english language", new string('x', 36), "en-", "en--US", "123", "en_US", "zh-Hans-CN-x-a", "en-" + new string('a', 40)];
        foreach (var (language, i) in refused.Select((l, i) => (l, i)))
        {
            yield return Post($"language refused #{i}: {Show(language)}", $"{{\"text\": \"{Story}\", \"language\": \"{language}\"}}", Unprocessable, "language");
        }
    }

    private static IEnumerable<BadInputCase> Contents()
    {
        yield return Post("an empty object", "{}", Unprocessable, "text");
        yield return Post("an empty property name", "{\"\": \"x\"}", Unprocessable, "text");
        yield return Post("text and html both null", "{\"text\": null, \"html\": null}", Unprocessable, "text");
        yield return Post("text and html both given", "{\"text\": \"a\", \"html\": \"<p>a</p>\"}", Unprocessable, "html");
        yield return Post("an empty text", "{\"text\": \"\"}", Unprocessable, "text");
        yield return Post("a whitespace text", "{\"text\": \"   \\n\\t \"}", Unprocessable, "text");
        yield return Post("a whitespace html", "{\"html\": \"   \"}", Unprocessable, "html");
        yield return Post("only a url", "{\"url\": \"https://example.org/a\"}", Unprocessable, "text");
        yield return Post("duplicate keys", $"{{\"text\": \"first\", \"text\": \"{Story} duplicate\"}}", null, null, writes: true);
        yield return Post("properties the service sets itself", $"{{\"text\": \"{Story} own\", \"id\": \"00000000-0000-0000-0000-000000000001\", \"events\": [1]}}", null, null, writes: true);
    }

    private static string Quote(string field) => $"\"{field}\"";

    private static string Show(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
