using System.Net;
using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Timeline.Api.Tests.Fixtures;
using Timeline.Api.Tests.Infrastructure;
using Timeline.Data;

namespace Timeline.Api.Tests.BadInput;

/// <summary>
/// The bad-input suite: hundreds of hostile and malformed requests (BodyCases, QueryCases, RequestCases) against a
/// database holding real articles. None may answer 5xx; every 4xx is problem+json naming its field or reason; a
/// refused request leaves the stored data exactly as it was, and an accepted one stores cleaned text.
/// </summary>
[Collection(TimelineCollection.Name)]
public sealed class BadInputSuiteTests(TimelineFixture fixture)
{
    private static readonly Lazy<IReadOnlyDictionary<string, BadInputCase>> Cases = new(() =>
        BodyCases.All().Concat(QueryCases.All()).Concat(RequestCases.All()).ToDictionary(c => c.Name));

    public static IEnumerable<object[]> Names() => Cases.Value.Keys.Select(name => new object[] { name });

    [Fact]
    public void TheSuiteHoldsAtLeastThreeHundredCases() => Assert.True(Cases.Value.Count >= 300, $"{Cases.Value.Count} cases");

    [Theory]
    [MemberData(nameof(Names))]
    public async Task AHostileRequestGetsNoServerErrorAndChangesNothingItShouldNot(string name)
    {
        var testCase = Cases.Value[name];
        await EnsureSeededAsync();
        var before = await SnapshotAsync();

        using var response = await fixture.Factory.CreateClient().SendAsync(testCase.ToRequest(TimelineFixture.WriterKey));
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();

        Assert.True(status < 500, $"{status}: {body}");
        Assert.Equal("nosniff", response.Headers.TryGetValues("X-Content-Type-Options", out var sniff) ? sniff.Single() : null);
        if (testCase.Status is { } expected)
        {
            Assert.True(expected == status, $"expected {expected}, got {status}: {body}");
        }

        if (status >= 400)
        {
            AssertProblem(testCase, response, body);
        }

        if (testCase.Writes)
        {
            Assert.True(response.StatusCode is HttpStatusCode.OK or HttpStatusCode.Created, $"{status}: {body}");
            await AssertStoredCleanAsync(JsonNode.Parse(body)!);
        }
        else if (testCase.Method != HttpMethod.Get && testCase.Method != HttpMethod.Head)
        {
            Assert.Equal(before, await SnapshotAsync());
        }
    }

    private static void AssertProblem(BadInputCase testCase, HttpResponseMessage response, string body)
    {
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = JsonNode.Parse(body)!;
        Assert.Equal((int)response.StatusCode, problem["status"]?.GetValue<int>());
        Assert.False(string.IsNullOrWhiteSpace(problem["title"]?.GetValue<string>()), body);
        var errors = problem["errors"]?.AsObject();
        Assert.True(errors is { Count: > 0 } || !string.IsNullOrWhiteSpace(problem["detail"]?.GetValue<string>()), $"names no field or reason: {body}");
        if (testCase.Field is { } field)
        {
            Assert.True(errors?.ContainsKey(field) == true, $"expected errors.{field}: {body}");
        }
    }

    private async Task AssertStoredCleanAsync(JsonNode answer)
    {
        var stored = await (await fixture.Reader().GetAsync($"/api/v1/articles/{answer.Str("id")}")).JsonAsync();
        foreach (var field in new[] { "url", "title", "publisher", "text" })
        {
            var value = stored[field]?.GetValue<string>() ?? string.Empty;
            Assert.False(value.Any(c => char.IsControl(c) && c is not ('\n' or '\t' or '\r')), $"{field} keeps a control character: {value}");
            Assert.False(HasLoneSurrogate(value), $"{field} keeps a lone surrogate");
        }
    }

    private static bool HasLoneSurrogate(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            if (char.IsHighSurrogate(value[i]) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1]))
            {
                i++;
            }
            else if (char.IsSurrogate(value[i]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The synthetic fixture articles, stored once; other classes' tests reset the database, so check each time.</summary>
    private async Task EnsureSeededAsync()
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        if (await db.Articles.AnyAsync(a => a.Url != null && a.Url.StartsWith("https://fixtures.timeline.test/")))
        {
            return;
        }

        foreach (var article in FixtureArticles.All())
        {
            var response = await fixture.Writer().PostArticleAsync(article.Body);
            Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        }
    }

    private async Task<string> SnapshotAsync()
    {
        await using var scope = fixture.Scope();
        var db = scope.ServiceProvider.GetRequiredService<TimelineDbContext>();
        return await db.Database.SqlQueryRaw<string>("""
            SELECT concat_ws('|',
              (SELECT count(*) FROM articles),
              (SELECT md5(coalesce(string_agg(id::text || fingerprint || updated_at::text, ',' ORDER BY id), '')) FROM articles),
              (SELECT count(*) FROM events),
              (SELECT md5(coalesce(string_agg(id::text || title, ',' ORDER BY id), '')) FROM events),
              (SELECT count(*) FROM event_sources),
              (SELECT count(*) FROM event_participants),
              (SELECT count(*) FROM actors)) AS "Value"
            """).SingleAsync();
    }
}
