using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// Runs the extractor on a short synthetic article and checks what an event cites. It reads what the text says: the
/// optional known-events stage is off unless asked for (KnownEventLinkingTests).
/// </summary>
internal static class Extracting
{
    private static readonly ArticleExtractor Extractor = ArticleExtractor.Create(new ExtractionOptions(KnownEvents: false));

    private static readonly ArticleExtractor WithKnownEvents = ArticleExtractor.CreateDefault();

    /// <summary>A lead sentence that names both sides and reports nothing, so the sentence under test is not alone.</summary>
    public const string Opening = "Washington and Beijing traded words. ";

    public static ExtractionResult Article(string text, string? publishedAt, bool knownEvents = false) =>
        (knownEvents ? WithKnownEvents : Extractor).Extract(new ArticleInput(text, null, PublishedAt: publishedAt is null ? null : DateOnly.Parse(publishedAt)));

    public static IReadOnlyList<ExtractedEvent> Events(string text, string? publishedAt, bool knownEvents = false) => Article(text, publishedAt, knownEvents).Events;

    public static void AssertParticipants(ExtractedEvent found, params string[] ids) =>
        Assert.All(ids, id => Assert.Contains(found.Participants, p => p.Actor.Id == id));

    /// <summary>The event cites this sentence, at offsets that point to it in the cleaned text.</summary>
    public static void AssertCites(ExtractionResult result, ExtractedEvent found, string sentence) =>
        Assert.Contains(found.Evidence, e => e.Text == sentence && result.Article.Text[e.Start..e.End] == sentence);
}
