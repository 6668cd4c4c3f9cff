using Timeline.Extraction.Actors;
using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Assembly;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Text;

namespace Timeline.Extraction;

/// <summary>
/// The extraction pipeline: clean the article, split it into sentences and tokenize it once into a document, find who
/// is named, infer the date the article speaks from, resolve the dates it writes, find the places, and assemble the
/// events it reports. Pure and deterministic.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly ActorMentionFinder _actors;
    private readonly EventGrammar _grammar;
    private readonly ArticleEventAssembler _assembler;
    private readonly GluedWords _gluedWords;

    public ArticleExtractor(Gazetteer gazetteer, EventLexicon lexicon, EventGrammar grammar)
    {
        _actors = new ActorMentionFinder(gazetteer);
        _grammar = grammar;
        _assembler = new ArticleEventAssembler(lexicon, grammar, gazetteer);
        _gluedWords = new GluedWords(NameParts(gazetteer), word => IsLexiconWord(word, lexicon, grammar));
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

    /// <summary>The rules and data of this build; to become a hash of the trained model files.</summary>
    public string Version => "rules-2026-11-30";

    public static ArticleExtractor CreateDefault() => new(Gazetteer.Default, EventLexicon.Default, EventGrammar.Default);

    public ExtractionResult Extract(ArticleInput input, CancellationToken cancellationToken = default)
    {
        var (article, documentDate, facts) = Read(input, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        return new ExtractionResult(article, documentDate, _assembler.Assemble(facts, documentDate, cancellationToken));
    }

    /// <summary>
    /// Every stage up to the events: the cleaned article, its date, and what each sentence names. A cancelled token
    /// stops it between stages (and inside the HTML parse).
    /// </summary>
    internal (CleanedArticle Article, DocumentDate DocumentDate, IReadOnlyList<SentenceFacts> Sentences) Read(
        ArticleInput input, CancellationToken cancellationToken = default)
    {
        var article = ArticleCleaner.Clean(input, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var sentences = SentenceSplitter.Split(article.Text, article.Captions);
        cancellationToken.ThrowIfCancellationRequested();
        var document = _gluedWords.Separate(Document.Create(article.Text, sentences));
        cancellationToken.ThrowIfCancellationRequested();
        // Role windows bound an undated article's date; with a publication date they would go unused.
        var windows = article.PublishedAt is null ? RoleWindows(_actors.Find(document, null, cancellationToken)) : [];
        cancellationToken.ThrowIfCancellationRequested();
        var documentDate = DocumentDateInferrer.Infer(article, sentences, windows);
        cancellationToken.ThrowIfCancellationRequested();
        var facts = ReadFacts(article, document, documentDate, cancellationToken);
        if (!IsGiven(documentDate) && AnchorOf(documentDate, windows, facts) is { } anchored)
        {
            documentDate = anchored;
            facts = ReadFacts(article, document, documentDate, cancellationToken);
        }

        return (article, documentDate, facts);
    }

    private IReadOnlyList<SentenceFacts> ReadFacts(CleanedArticle article, Document document, DocumentDate documentDate, CancellationToken cancellationToken)
    {
        var mentions = _actors.Find(document, documentDate.Date, cancellationToken);
        cancellationToken.ThrowIfCancellationRequested();
        var dates = ResolvedDates(article.Text, documentDate);
        cancellationToken.ThrowIfCancellationRequested();
        var annotations = new DocumentAnnotations(mentions, dates, PlaceFinder.Find(document), article.Title);
        cancellationToken.ThrowIfCancellationRequested();
        return DocumentReader.Read(document, annotations, _grammar, cancellationToken);
    }

    /// <summary>A date the article states (published, in its page data, or in a full dateline), not one inferred.</summary>
    private static bool IsGiven(DocumentDate documentDate) =>
        documentDate.Rule is DocumentDateRule.PublishedAt or DocumentDateRule.PageMetadata
        || (documentDate.Rule == DocumentDateRule.Dateline && documentDate.Date?.Precision == DatePrecision.Day);

    /// <summary>
    /// An article not dated by what it states that leads with a widely reported event speaks from that event's day:
    /// within the year it is known to, or while the people it names held their titles. An inferred day yields only to
    /// a known event whose day the text writes ("a Feb. 16 ministry notice", whose year was guessed).
    /// </summary>
    private DocumentDate? AnchorOf(DocumentDate documentDate, IReadOnlyList<IReadOnlyList<DateRange>> roleWindows, IReadOnlyList<SentenceFacts> facts)
    {
        var dayGuessed = documentDate.Date?.Precision == DatePrecision.Day;
        var possible = documentDate.Date is { Precision: not DatePrecision.Day } coarse
            ? DateWindows.Intersect([[new DateRange(coarse.Earliest, coarse.Latest)]])
            : DateWindows.Intersect(roleWindows);
        return _assembler.LeadKnownEvent(facts, possible, dayGuessed) is { } known && known.Date != documentDate.Date
            ? new DocumentDate(known.Date, DocumentDateRule.KnownEvent, documentDate.Dateline)
            : null;
    }

    /// <summary>
    /// For each titled person the article names, every period in which they held that title ("President Trump":
    /// 2017–2021 or from 2025): bounds on when it was written.
    /// </summary>
    private static IReadOnlyList<IReadOnlyList<DateRange>> RoleWindows(IEnumerable<ActorMention> mentions) =>
        mentions.Where(m => m.MatchedRole is not null)
            .DistinctBy(m => (m.Actor.Id, m.MatchedRole!.Title))
            .Select(m => (IReadOnlyList<DateRange>)m.Actor.Roles
                .Where(r => r.Title == m.MatchedRole!.Title || m.Offices?.Contains(r.Title) == true)
                .Select(r => new DateRange(r.Start ?? DateOnly.MinValue, r.End ?? DateOnly.MaxValue))
                .ToList())
            .ToList();

    /// <summary>Every date expression resolved against the document date, except the dateline's own date, which dates no event.</summary>
    private static List<DatedExpression> ResolvedDates(string text, DocumentDate documentDate) =>
        TemporalExpressionFinder.Find(text)
            .Where(e => !InDateline(e, documentDate))
            .Select(e => (Expression: e, Date: DateResolver.Resolve(e, documentDate)))
            .Where(d => d.Date is not null)
            .Select(d => new DatedExpression(d.Expression.Start, d.Expression.End, d.Date!, d.Expression.Kind, WeekendStart(d.Expression, documentDate)))
            .ToList();

    private static bool InDateline(TemporalExpression expression, DocumentDate documentDate) =>
        documentDate.Dateline is { } dateline && expression.Start < dateline.End && dateline.Start < expression.End;

    /// <summary>The Saturday a weekend expression names, when the document date is a known day.</summary>
    private static DateOnly? WeekendStart(TemporalExpression expression, DocumentDate documentDate)
    {
        if (expression.Kind != TemporalKind.Weekend || documentDate.Date is not { Precision: DatePrecision.Day } anchor)
        {
            return null;
        }

        var daysSinceSaturday = ((int)anchor.Earliest.DayOfWeek - (int)DayOfWeek.Saturday + 7) % 7;
        return anchor.Earliest.AddDays(-daysSinceSaturday + (7 * expression.Shift));
    }
}
