namespace Timeline.Api.Tests.Infrastructure;

/// <summary>Database tests whose articles are read by <see cref="ScriptedExtractor"/>.</summary>
public abstract class ScriptedTest(TimelineFixture fixture) : DatabaseTest(fixture)
{
    protected HttpClient Writer()
    {
        var client = Fixture.Scripted.CreateClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", TimelineFixture.WriterKey);
        return client;
    }

    protected HttpClient Reader() => Fixture.Reader();
}
