using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Decisions;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Knowledge;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;
using Timeline.Extraction.Pipeline;
using Timeline.Extraction.Pipeline.Stages;
using Timeline.Extraction.Text;

namespace Timeline.Extraction;

/// <summary>
/// The extraction pipeline: one annotated document that each stage reads and adds to, in one forward order (see
/// <see cref="Stages"/>): clean, split, tokenize, settle the document date, find actors, dates and places, lay them out
/// per sentence, let the models decide the mentions, fold them into events, optionally link known events, write the
/// events. Pure and deterministic: the same input gives the same output.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly AnnotationPipeline _pipeline;

    internal ArticleExtractor(Gazetteer gazetteer, EventLexicon lexicon, EventGrammar grammar, ExtractionModels models, Thresholds thresholds, bool knownEvents)
    {
        var actors = new ActorMentionFinder(gazetteer);
        var gluedWords = new GluedWords(NameParts(gazetteer), word => IsLexiconWord(word, lexicon, grammar));
        var stages = new List<IAnnotator>
        {
            new CleaningStage(),
            new SentenceStage(),
            new TokenStage(gluedWords),
            new RoleWindowStage(actors),
            new DocumentDateStage(),
            new ActorStage(actors),
            new DateStage(),
            new PlaceStage(),
            new SentenceFactsStage(grammar),
            new MentionStage(models, lexicon, thresholds),
            new FoldingStage(thresholds),
        };
        if (knownEvents)
        {
            stages.Add(new KnownEventStage(new KnownEventLinker(Dates.KnownEvents.Default, gazetteer)));
        }

        stages.Add(new EventWritingStage(gazetteer));
        _pipeline = new AnnotationPipeline(stages);
        Version = "learned-" + Fingerprint(models, thresholds, knownEvents);
    }

    /// <summary>
    /// Which extractor made a claim: "learned-" and a fingerprint of the trained models and the thresholds, so
    /// retraining gives a new version and re-extraction knows which articles to read again.
    /// </summary>
    public string Version { get; }

    public static ArticleExtractor CreateDefault() => Create(ExtractionOptions.Default);

    public static ArticleExtractor Create(ExtractionOptions options) =>
        new(Gazetteer.Default, EventLexicon.Default, EventGrammar.Default,
            options.ModelDirectory is null ? ExtractionModels.Default : ExtractionModels.FromDirectory(options.ModelDirectory),
            Thresholds.Default, options.KnownEvents);

    /// <summary>The extractor with the models of a folder (trained without one part, to score that part).</summary>
    public static ArticleExtractor WithModels(string? modelDirectory) => Create(new ExtractionOptions(modelDirectory));

    public static ArticleExtractor WithModels(ExtractionModels models, bool knownEvents = true) => WithModels(models, Thresholds.Default, knownEvents);

    internal static ArticleExtractor WithModels(ExtractionModels models, Thresholds thresholds, bool knownEvents = true) =>
        new(Gazetteer.Default, EventLexicon.Default, EventGrammar.Default, models, thresholds, knownEvents);

    /// <summary>The stages in the order they run, with what each reads and adds.</summary>
    public IEnumerable<(string Name, IReadOnlyList<Layer> Requires, IReadOnlyList<Layer> Provides)> Stages =>
        _pipeline.Stages.Select(s => (s.Name, s.Requires, s.Provides));

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var document = _pipeline.Run(new AnnotatedDocument(input), cancellationToken);
        return new ExtractionResult(document.Article, document.DocumentDate, document.Events);
    }

    /// <summary>
    /// Every stage up to the events: the cleaned article, its date, and what each sentence names (what training and
    /// review read). A cancelled token stops it between stages.
    /// </summary>
    internal (CleanedArticle Article, DocumentDate DocumentDate, IReadOnlyList<SentenceFacts> Sentences) Read(
        ArticleInput input, CancellationToken cancellationToken = default)
    {
        var document = _pipeline.Run(new AnnotatedDocument(input), cancellationToken, until: Layer.SentenceFacts);
        return (document.Article, document.DocumentDate, document.SentenceFacts);
    }

    /// <summary>The article's events before they are kept or written (for explaining a decision).</summary>
    internal IReadOnlyList<ReportedEvent> ReportedEvents(ArticleInput input) =>
        _pipeline.Run(new AnnotatedDocument(input), CancellationToken.None, until: Layer.ReportedEvents).ReportedEvents;

    /// <summary>The event stages alone, on sentences the earlier stages annotated (for benchmarks of the event stages).</summary>
    internal IReadOnlyList<ExtractedEvent> ExtractEvents(IReadOnlyList<SentenceFacts> sentences, DocumentDate documentDate, CancellationToken cancellationToken = default)
    {
        var document = new AnnotatedDocument(new ArticleInput(null, null, null, null, null, null, null)) { SentenceFacts = sentences, DocumentDate = documentDate };
        return _pipeline.RunAfter(Layer.SentenceFacts, document, cancellationToken).Events;
    }

    private static string Fingerprint(ExtractionModels models, Thresholds thresholds, bool knownEvents)
    {
        using var text = new StringWriter();
        foreach (var model in models.All)
        {
            model.Write(text);
        }

        text.Write($"{thresholds} known-events={knownEvents}");
        var hash = System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        return Convert.ToHexString(hash, 0, 6).ToLowerInvariant();
    }

    /// <summary>The capitalized words of people's names ("Pelosi", "Feng"), lowercased as token keys are.</summary>
    private static HashSet<string> NameParts(Gazetteer gazetteer) =>
        gazetteer.Actors
            .Where(a => a.Kind == ActorKind.Person)
            .SelectMany(a => a.Aliases.Append(a.Name))
            .SelectMany(name => name.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(part => part.Length > 0 && char.IsUpper(part[0]) && part.All(char.IsLetter))
            .Select(part => part.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    /// <summary>A word the event lexicon or grammar knows on its own ("expressed", "said").</summary>
    private static bool IsLexiconWord(string word, EventLexicon lexicon, EventGrammar grammar)
    {
        Token[] tokens = [new(0, word.Length, word, TokenShape.Lower)];
        return lexicon.Words.Contains(word) || grammar.FindCues(tokens).Count > 0;
    }
}
