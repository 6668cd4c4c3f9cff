using System.Net;
using System.Net.Http.Headers;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Exports;

public sealed class ExportNegotiationTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    [Theory]
    [InlineData(null, null, "text/csv")]
    [InlineData(null, "*/*", "text/csv")]
    [InlineData(null, "text/calendar", "text/calendar")]
    [InlineData(null, "application/json", "application/json")]
    [InlineData(null, "image/png;q=1, text/calendar;q=0.5, text/csv;q=0.9", "text/csv")]
    [InlineData(null, "application/*", "application/json")]
    [InlineData("ics", "text/csv", "text/calendar")]
    [InlineData("timelinejs", null, "application/json")]
    [InlineData("CSV", null, "text/csv")]
    public async Task TheFormatComesFromTheParameterElseFromAccept(string? format, string? accept, string expected)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events/export" + (format is null ? "" : $"?format={format}"));
        if (accept is not null)
        {
            request.Headers.TryAddWithoutValidation("Accept", accept);
        }

        var response = await Reader().SendAsync(request);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(expected, response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("Accept", response.Headers.Vary);
    }

    [Fact]
    public async Task AnAcceptHeaderAllowingNoExportFormatIsNotAcceptable()
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/events/export");
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("image/png"));

        var response = await Reader().SendAsync(request);

        Assert.Equal(HttpStatusCode.NotAcceptable, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Theory]
    [InlineData("/api/v1/events/export?format=pdf", "format")]
    [InlineData("/api/v1/events/export?typ=call", "typ")]
    [InlineData("/api/v1/events/export?limit=10", "limit")]
    [InlineData("/api/v1/events/feed?limit=0", "limit")]
    [InlineData("/api/v1/events/feed?from=2026&to=2025", "from")]
    [InlineData("/api/v1/events/facets?limit=201", "limit")]
    [InlineData("/api/v1/events/facets?q=a%00", "q")]
    public async Task BadParametersOfExportsFeedsAndFacetsAreProblemsNamingThem(string url, string parameter)
    {
        var response = await Reader().GetAsync(url);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotNull((await response.JsonAsync())["errors"]![parameter]);
    }

    [Fact]
    public async Task ExportsTakeTheSameFiltersAsTheList()
    {
        await ExportSeed.PostAsync(Writer());
        var listed = (await Reader().EventsAsync("&type=call,meeting&from=2025-05-20")).Select(e => e.Str("id")).ToList();

        var csv = await Reader().GetStringAsync("/api/v1/events/export?type=call,meeting&from=2025-05-20");
        var exported = csv.Split("\r\n").Skip(1).Where(l => l.Length > 0).Select(l => l[..36]).ToList();

        Assert.NotEmpty(listed);
        Assert.Equal(listed, exported);
    }
}
