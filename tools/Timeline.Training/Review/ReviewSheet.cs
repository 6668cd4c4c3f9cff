using System.Text;
using Timeline.Evaluation.Gold;
using Timeline.Extraction;
using Timeline.Extraction.Events.Reading;
using Timeline.Training.Labels;
using Timeline.Training.Prefill;

namespace Timeline.Training.Review;

/// <summary>
/// Prints an article as a reviewer reads it: the gold events, then every sentence that holds a candidate, with the
/// candidate in «guillemets», the actors and dates of the sentence (with the offsets a label uses) and the current
/// labels of each candidate. Printed to the terminal only: article text never goes into the repository.
/// </summary>
internal sealed class ReviewSheet
{
    private readonly ArticleExtractor _extractor = ArticleExtractor.CreateDefault();

    public string Render(GoldFile gold, LabelFile labels)
    {
        var (article, documentDate, sentences) = _extractor.Read(ArticleInputs.From(gold.Article));
        var offsets = RawOffsets.Build(gold.Article.Text, article.Text);
        var text = new StringBuilder();
        text.AppendLine($"== {labels.File}  reviewed={labels.Reviewed}  publishedAt={gold.Article.PublishedAt ?? "none"}  article date={documentDate.Date?.ToString() ?? "none"} ({documentDate.Rule})");
        text.AppendLine($"   title: {gold.Article.Title}");
        foreach (var (g, n) in gold.ExpectedEvents.Select((g, n) => (g, n)))
        {
            text.AppendLine($"   G{n} {g.Key} | {g.Type} | {g.Date} | {string.Join(", ", g.Participants)} | {(g.Required ? "required" : "background")} | {g.Note}");
        }

        var byStart = labels.Candidates.ToLookup(c => SentenceOf(sentences, offsets, c.At[0]));
        foreach (var facts in sentences.Where(f => byStart[f.Index].Any()))
        {
            text.AppendLine();
            var marks = byStart[facts.Index].Select(c => c.At).ToList();
            var place = facts.IsHeadline ? " [headline]" : facts.IsLead ? " [lead]" : facts.Sentence.IsCaption ? " [caption]" : "";
            text.AppendLine($"S{facts.Index}{place}: {Marked(gold.Article.Text, offsets, facts, marks)}");
            foreach (var actor in facts.Actors)
            {
                var span = offsets.Span(facts.Tokens[actor.First].Start, facts.Tokens[actor.End - 1].End);
                text.AppendLine($"     actor {Show(span)} {actor.Actor.Id} ({actor.Actor.Kind}, {actor.Actor.Country})");
            }

            foreach (var date in facts.Dates)
            {
                var span = offsets.Span(facts.Tokens[date.First].Start, facts.Tokens[date.End - 1].End);
                var words = span is null ? "?" : gold.Article.Text[span[0]..span[1]];
                text.AppendLine($"     date  {Show(span)} \"{words}\" = {date.Date}");
            }

            foreach (var label in byStart[facts.Index])
            {
                var roles = string.Join(" ", label.Actors.Where(a => a.Role != "other").Select(a => $"{a.Id}={a.Role}"));
                var date = label.Date is null ? "null" : label.Date.IsArticle ? "article" : $"[{label.Date.Start},{label.Date.End}]";
                text.AppendLine($"   -> {Show(label.At)} \"{label.Word}\" ({label.Class}): type={label.Type} factuality={label.Factuality ?? "-"} event={label.Event ?? "-"} date={date} roles: {roles}");
            }
        }

        if (labels.Missed.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("   missed (no candidate reports them): " + string.Join(", ", labels.Missed.Select(m => m.Event + (m.Note is null ? "" : $" ({m.Note})"))));
        }

        return text.ToString();
    }

    private static string Show(int[]? span) => span is null ? "[?]" : $"[{span[0]},{span[1]}]";

    private static int SentenceOf(IReadOnlyList<SentenceFacts> sentences, RawOffsets offsets, int rawStart)
    {
        foreach (var facts in sentences)
        {
            if (offsets[facts.Sentence.Start] <= rawStart && rawStart < offsets[facts.Sentence.End - 1] + 1)
            {
                return facts.Index;
            }
        }

        return -1;
    }

    private static string Marked(string raw, RawOffsets offsets, SentenceFacts facts, List<int[]> marks)
    {
        var start = offsets[facts.Sentence.Start];
        var end = offsets[facts.Sentence.End - 1] + 1;
        if (start < 0 || end <= start)
        {
            return facts.Sentence.Text;
        }

        var text = new StringBuilder();
        var at = start;
        foreach (var mark in marks.Where(m => m[0] >= start && m[1] <= end).OrderBy(m => m[0]))
        {
            text.Append(raw, at, mark[0] - at).Append('«').Append(raw, mark[0], mark[1] - mark[0]).Append('»');
            at = mark[1];
        }

        return text.Append(raw, at, end - at).ToString().Replace('\n', ' ');
    }
}
