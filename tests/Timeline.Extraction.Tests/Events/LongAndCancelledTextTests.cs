using System.Text;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

public sealed class LongAndCancelledTextTests
{
    /// <summary>Coreference.MaxReports: an event keeps at most this many reports as its evidence.</summary>
    private const int MaxReportsPerEvent = 40;

    private static readonly string[] Days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday"];

    [Fact]
    public void ExtractingWithACancelledTokenThrows()
    {
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var input = new ArticleInput("Chinese Foreign Minister Wang Yi spoke by phone with Secretary of State Antony Blinken on Tuesday.", null, PublishedAt: new DateOnly(2024, 6, 14));

        Assert.ThrowsAny<OperationCanceledException>(() => ArticleExtractor.CreateDefault().Extract(input, cancelled.Token));
    }

    [Fact]
    public void AThreeHundredKilobyteStoryIsExtractedAndNoEventHoardsEvidence()
    {
        var text = LongStory(300_000);

        var result = ArticleExtractor.CreateDefault().Extract(new ArticleInput(text, null, PublishedAt: new DateOnly(2024, 6, 14)));

        Assert.True(result.Article.Text.Length >= 300_000, "the story was cut before extraction");
        Assert.Contains(result.Events, e => e.Type == EventType.Call);
        Assert.Contains(result.Events, e => e.Type == EventType.Sanction);
        Assert.Contains(result.Events, e => e.Type == EventType.Meeting);
        Assert.All(result.Events, e => Assert.InRange(e.Evidence.Count, 1, MaxReportsPerEvent));
    }

    /// <summary>
    /// The same four-sentence story told again and again, each telling a little different (the cleaner drops repeated
    /// paragraphs as page furniture): hundreds of reports of one call between the same people.
    /// </summary>
    private static string LongStory(int length)
    {
        var story = new StringBuilder();
        for (var i = 0; story.Length < length; i++)
        {
            var day = Days[i % Days.Length];
            story.Append($"Chinese Foreign Minister Wang Yi spoke by phone with Secretary of State Antony Blinken on {day}, the {i}th call this year. ")
                .Append("During the call, Wang Yi told Antony Blinken that Washington must stop arming Taiwan. ")
                .Append($"China imposed sanctions on {i} American defense firms on {day}. ")
                .Append($"Treasury Secretary Janet Yellen met Vice Premier He Lifeng in Guangzhou on {day} for round {i} of talks.\n");
        }

        return story.ToString();
    }
}
