using Timeline.Extraction.Actors;
using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;
using Timeline.Extraction.Sentences;

namespace Timeline.Extraction;

/// <summary>
/// The extraction pipeline: clean the article, split sentences, find who is named, infer the date the article
/// speaks from, resolve the dates it writes, and assemble the events it reports. Pure and deterministic.
/// </summary>
public sealed class ArticleExtractor : IArticleExtractor
{
    private readonly ActorMentionFinder _actors;
    private readonly ArticleEventAssembler _assembler;
    private readonly TriggerLexicon _lexicon;

    public ArticleExtractor(Gazetteer gazetteer, TriggerLexicon lexicon)
    {
        _actors = new ActorMentionFinder(gazetteer);
        _assembler = new ArticleEventAssembler(lexicon, gazetteer);
        _lexicon = lexicon;
    }

    public static ArticleExtractor CreateDefault() => new(Gazetteer.Default, TriggerLexicon.Default);

    public ExtractionResult Extract(ArticleInput input)
    {
        var article = ArticleCleaner.Clean(input);
        var sentences = SentenceSplitter.Split(article.Text, article.Captions);
        var spans = sentences.Select(s => new TextSpan(s.Start, s.End)).ToList();
        // Role windows bound an undated article's date; with a publication date they would go unused.
        var windows = article.PublishedAt is null ? RoleWindows(_actors.Find(article.Text, spans, null)) : [];
        var documentDate = DocumentDateInferrer.Infer(article, sentences, windows);
        var mentions = _actors.Find(article.Text, spans, documentDate.Date);
        var places = PlaceFinder.Find(article.Text);
        var dates = TemporalExpressionFinder.Find(article.Text)
            .Select(e => (Expression: e, Date: DateResolver.Resolve(e, documentDate)))
            .Where(d => d.Date is not null && !InDateline(d.Expression, documentDate))
            .Select(d => new DateMention(d.Expression.Start, d.Expression.End, d.Date!, WeekendStart(d.Expression, documentDate)))
            .ToList();
        var mentionsOf = BySentence(mentions, sentences, m => m.Start, m => m.End);
        var placesOf = BySentence(places, sentences, p => p.Start, p => p.End);
        var datesOf = BySentence(dates, sentences, d => d.Start, d => d.End);
        var views = sentences.Select((sentence, index) => (Sentence: sentence, Index: index, Tokens: Tokenizer.Tokenize(sentence.Text, sentence.Start)))
            .Select(s => new SentenceView(
                s.Index,
                s.Sentence,
                s.Tokens,
                _lexicon.Phrases.FindAll(s.Tokens),
                mentionsOf[s.Index],
                placesOf[s.Index],
                datesOf[s.Index],
                SentenceView.FindQuotes(s.Sentence.Text, s.Sentence.Start)))
            .ToList();
        return new ExtractionResult(article, documentDate, _assembler.Assemble(views, documentDate));
    }

    /// <summary>The periods in which the titled people the article names held those titles: bounds on when it was written.</summary>
    private static IReadOnlyList<DateRange> RoleWindows(IEnumerable<ActorMention> mentions) =>
        mentions.Where(m => m.MatchedRole is not null)
            .Select(m => new DateRange(m.MatchedRole!.Start ?? DateOnly.MinValue, m.MatchedRole.End ?? DateOnly.MaxValue))
            .Distinct()
            .ToList();

    /// <summary>"BEIJING, Oct 31 (Reuters) –": the dateline's date anchors the article's relative dates but dates none of its events.</summary>
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

    /// <summary>The items of each sentence, in one pass over items and sentences (both in text order).</summary>
    private static List<T>[] BySentence<T>(IReadOnlyList<T> items, IReadOnlyList<Sentence> sentences, Func<T, int> start, Func<T, int> end)
    {
        var result = new List<T>[sentences.Count];
        var ordered = items.OrderBy(start).ToList();
        var next = 0;
        for (var s = 0; s < sentences.Count; s++)
        {
            result[s] = [];
            while (next < ordered.Count && start(ordered[next]) < sentences[s].Start)
            {
                next++;
            }

            for (var i = next; i < ordered.Count && start(ordered[i]) < sentences[s].End; i++)
            {
                if (end(ordered[i]) <= sentences[s].End)
                {
                    result[s].Add(ordered[i]);
                }
            }
        }

        return result;
    }
}
