using System.Buffers.Text;
using System.Text;
using static Timeline.Api.Tests.BadInput.BadInputCase;

namespace Timeline.Api.Tests.BadInput;

/// <summary>Query strings of the read endpoints: NUL, overlong and repeated values, bad numbers and dates, unknown names, forged cursors.</summary>
public static class QueryCases
{
    private const int BadRequest = 400;

    public static IEnumerable<BadInputCase> All() => Text().Concat(Numbers()).Concat(Dates()).Concat(Choices()).Concat(Cursors()).Concat(Unknown());

    private static IEnumerable<BadInputCase> Text()
    {
        foreach (var (path, name) in new[] { ("/api/v1/events", "q"), ("/api/v1/events", "actor"), ("/api/v1/events", "topic"), ("/api/v1/events", "publisher"), ("/api/v1/actors", "q") })
        {
            yield return Get($"{path}?{name}=a%00b", BadRequest, name);
            yield return Get($"{path}?{name}=%01%1b", BadRequest, name);
            yield return Get($"{path}?{name}={new string('x', 1000)}", BadRequest, name);
        }

        yield return Get("/api/v1/events?" + string.Join("&", Enumerable.Repeat("actor=wang-yi", 200)), BadRequest, "actor");
        yield return Get("/api/v1/events?" + string.Join("&", Enumerable.Range(0, 11).Select(i => $"actor=a{i}")), BadRequest, "actor");
        yield return Get("/api/v1/events?q=a&q=b", BadRequest, "q");
        yield return Get("/api/v1/events?limit=5&limit=6", BadRequest, "limit");
        yield return Get("/api/v1/events?q=%22unbalanced%20quote", null);
        yield return Get("/api/v1/events?q=%27%3B%20DROP%20TABLE%20events%3B--", null);
        yield return Get("/api/v1/events?q=!%26%7C():*", null);
        yield return Get("/api/v1/events?publisher=%25", null);
        yield return Get("/api/v1/actors?q=%25_%5C", null);
        yield return Get("/api/v1/events?q=%F0%9F%98%80", null);
        yield return Get("/api/v1/events?q=%FF%FE", null);
    }

    private static IEnumerable<BadInputCase> Numbers()
    {
        foreach (var path in new[] { "/api/v1/events", "/api/v1/articles" })
        {
            foreach (var limit in new[] { "abc", "99999999999", "0", "-1", "501", "1.5", "1e3", "%00", "0x10" })
            {
                yield return Get($"{path}?limit={limit}", BadRequest, "limit");
            }
        }
    }

    private static IEnumerable<BadInputCase> Dates()
    {
        foreach (var name in new[] { "from", "to" })
        {
            foreach (var date in new[] { "9999-12", "0001-01-01", "1899", "2101", "2025-02-30", "2025-13", "abc", "2025-05-23T10:00", "%00", "20250523" })
            {
                yield return Get($"/api/v1/events?{name}={date}", BadRequest, name);
            }
        }

        yield return Get("/api/v1/events?from=2025-06&to=2025-05", BadRequest, "from");
        yield return Get("/api/v1/events?from=2025-05-02&to=2025-05-01", BadRequest, "from");
        yield return Get("/api/v1/events/facets?from=9999-12", BadRequest, "from");
        yield return Get("/api/v1/events/export?from=2025-06&to=2025-05", BadRequest, "from");
    }

    private static IEnumerable<BadInputCase> Choices()
    {
        yield return Get("/api/v1/actors?active=yes", BadRequest, "active");
        yield return Get("/api/v1/actors?active=", null);
        yield return Get("/api/v1/actors?kind=robot", BadRequest, "kind");
        yield return Get("/api/v1/events?order=sideways", BadRequest, "order");
        yield return Get("/api/v1/events?type=unknown", BadRequest, "type");
        yield return Get("/api/v1/events?type=call,,nonsense", BadRequest, "type");
        yield return Get("/api/v1/events?articleId=not-a-guid", BadRequest, "articleId");
        yield return Get("/api/v1/events?articleId=%00", BadRequest, "articleId");
    }

    private static IEnumerable<BadInputCase> Cursors()
    {
        var guid = Guid.NewGuid().ToString("N");
        string[] forged =
        [
            "garbage", "%00", "====", new string('A', 300), Encode("2025-01-01|zzz"), Encode($"9999-99-99|{guid}"), Encode("|"),
            Encode($"2025-01-01|{guid}|extra"), Encode($"{DateTime.UtcNow.Ticks}|{guid}"), Encode($"-1|{guid}"),
            Encode($"2025-01-01\u0000|{guid}"), Encode(new string('9', 150) + "|" + guid),
        ];
        foreach (var cursor in forged)
        {
            yield return Get($"/api/v1/events?cursor={Uri.EscapeDataString(cursor)}", BadRequest, "cursor");
        }

        foreach (var cursor in new[] { "garbage", Encode($"2025-01-01|{guid}"), Encode($"99999999999999999999|{guid}"), Encode($"-5|{guid}") })
        {
            yield return Get($"/api/v1/articles?cursor={Uri.EscapeDataString(cursor)}", BadRequest, "cursor");
        }
    }

    private static IEnumerable<BadInputCase> Unknown()
    {
        yield return Get("/api/v1/events?typ=call", BadRequest, "typ");
        yield return Get("/api/v1/articles?sort=asc", BadRequest, "sort");
        yield return Get("/api/v1/actors?name=wang", BadRequest, "name");
        yield return Get($"/api/v1/events/{Guid.NewGuid()}?x=1", BadRequest, "x");
        yield return Get("/api/v1/actors/wang-yi?verbose=1", BadRequest, "verbose");
        yield return Get("/api/v1/events?" + string.Join("&", Enumerable.Range(0, 500).Select(i => $"p{i}=1")), BadRequest, null);
    }

    private static string Encode(string value) => Base64Url.EncodeToString(Encoding.UTF8.GetBytes(value));
}
