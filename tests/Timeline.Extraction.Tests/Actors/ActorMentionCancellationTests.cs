using Timeline.Extraction.Actors;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>Finding actors in a very long text stops when the request that asked for it is cancelled.</summary>
public sealed class ActorMentionCancellationTests
{
    [Fact]
    public void ACancelledTokenStopsTheScan()
    {
        var document = Document.FromLines(string.Join('\n', Enumerable.Repeat("Wang Yi met Marco Rubio in Kuala Lumpur.", 50)));
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var finder = new ActorMentionFinder(Gazetteer.Default);

        Assert.NotEmpty(finder.Find(document, null));
        Assert.Throws<OperationCanceledException>(() => finder.Find(document, null, cancelled.Token));
    }
}
