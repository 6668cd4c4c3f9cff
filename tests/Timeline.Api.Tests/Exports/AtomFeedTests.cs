using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;
using Timeline.Api.Tests.Infrastructure;

namespace Timeline.Api.Tests.Exports;

public sealed class AtomFeedTests(TimelineFixture fixture) : ScriptedTest(fixture)
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    [Fact]
    public async Task TheFeedParsesAsAtomWithTheElementsRfc4287Requires()
    {
        await ExportSeed.PostAsync(Writer());

        var response = await Reader().GetAsync("/api/v1/events/feed");
        var text = await response.Content.ReadAsStringAsync();
        var feed = SyndicationFeed.Load(XmlReader.Create(new StringReader(text)));
        var xml = XDocument.Parse(text).Root!;

        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(Atom + "feed", xml.Name);
        Assert.NotEmpty(feed.Authors);
        Assert.False(string.IsNullOrEmpty(feed.Id));
        Assert.Contains(feed.Links, l => l.RelationshipType == "self");
        Assert.Equal((await Reader().EventsAsync()).Count, feed.Items.Count());
        foreach (var entry in xml.Elements(Atom + "entry"))
        {
            Assert.StartsWith("urn:uuid:", entry.Element(Atom + "id")!.Value);
            Assert.NotEmpty(entry.Element(Atom + "title")!.Value);
            Assert.NotNull(entry.Element(Atom + "updated"));
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "alternate");
        }
    }

    [Fact]
    public async Task AnEventThatGainsASourceMovesToTheTopOfTheFeed()
    {
        await ExportSeed.PostAsync(Writer());
        var before = SyndicationFeed.Load(XmlReader.Create(await Reader().GetStreamAsync("/api/v1/events/feed")));

        await Writer().PostTextAsync("F.\nmeeting|040|2025-05||scott-bessent,he-lifeng|Bessent and He meet again", "https://f.example/1", "BBC");
        var after = SyndicationFeed.Load(XmlReader.Create(await Reader().GetStreamAsync("/api/v1/events/feed?limit=2")));

        Assert.NotEqual(before.Items.First().Title.Text, after.Items.First().Title.Text);
        Assert.Contains("Geneva talks", after.Items.First().Title.Text);
        Assert.Equal(2, after.Items.Count());
        Assert.True(after.Items.First().LastUpdatedTime >= after.Items.Last().LastUpdatedTime);
    }

    [Fact]
    public async Task TheFeedTakesTheTimelineFilters()
    {
        await ExportSeed.PostAsync(Writer());

        var feed = SyndicationFeed.Load(XmlReader.Create(await Reader().GetStreamAsync("/api/v1/events/feed?type=call&actor=ma-zhaoxu")));

        var entry = Assert.Single(feed.Items);
        Assert.Equal("call", Assert.Single(entry.Categories).Name);
    }

    [Fact]
    public async Task AnEditorsCorrectionIsAnUpdateAtTheTopOfTheFeed()
    {
        await ExportSeed.PostAsync(Writer());
        var last = SyndicationFeed.Load(XmlReader.Create(await Reader().GetStreamAsync("/api/v1/events/feed"))).Items.Last();
        var id = last.Id["urn:uuid:".Length..];
        var anna = Fixture.Editor(TimelineFixture.Anna);
        var (_, etag) = await Editing.Editing.ReadEventAsync(anna, id);

        (await Editing.Editing.PatchEventAsync(anna, id, new { title = "Corrected by the desk", reason = "wrong title" }, etag)).EnsureSuccessStatusCode();

        var top = SyndicationFeed.Load(XmlReader.Create(await Reader().GetStreamAsync("/api/v1/events/feed"))).Items.First();
        Assert.Equal(last.Id, top.Id);
        Assert.Contains("Corrected by the desk", top.Title.Text);
        Assert.Contains(top.Categories, c => c.Name == "corrected");
    }
}
