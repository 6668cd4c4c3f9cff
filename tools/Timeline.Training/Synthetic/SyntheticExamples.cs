using Timeline.Extraction;
using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Model;
using Timeline.Training.Learning;

namespace Timeline.Training.Synthetic;

/// <summary>
/// Examples from <see cref="SyntheticSentences"/>, labelled by construction: the bracketed trigger has its frame's type,
/// its template's factuality and date, its first party as agent and the other as counterpart (an encounter) or target
/// (an act); every other candidate of the sentence is no event. They join every fold: they come from no part.
/// </summary>
internal static class SyntheticExamples
{
    public const string Part = "synthetic";

    private static readonly DateOnly Published = new(2024, 6, 12);

    public static void Add(ExampleSet set, ArticleExtractor extractor)
    {
        foreach (var frame in SyntheticSentences.Frames)
        {
            var parties = frame.Encounter ? SyntheticSentences.Encounters : SyntheticSentences.Acts;
            foreach (var (factuality, template, date) in SyntheticSentences.Templates)
            {
                foreach (var party in parties)
                {
                    Add(set, extractor, frame, factuality, template, date, party);
                }
            }
        }
    }

    private static bool Within(int offset, (int Start, int End) span) => offset >= span.Start && offset < span.End;

    /// <summary>The text without its marks, and where the [first] and ⟨second⟩ triggers stand in it.</summary>
    private static (string Text, (int Start, int End) First, (int Start, int End)? Second) Unmark(string marked)
    {
        var text = new System.Text.StringBuilder();
        (int, int) first = default;
        (int, int)? second = null;
        var start = 0;
        foreach (var c in marked)
        {
            switch (c)
            {
                case '[' or '⟨':
                    start = text.Length;
                    break;
                case ']':
                    first = (start, text.Length);
                    break;
                case '⟩':
                    second = (start, text.Length);
                    break;
                default:
                    text.Append(c);
                    break;
            }
        }

        return (text.ToString(), first, second);
    }

    private static void Add(
        ExampleSet set, ArticleExtractor extractor, SyntheticSentences.Frame frame, string factuality, string template, string? date,
        (string A, string AId, string B, string BId) party)
    {
        var marked = template.Replace("{A}", party.A).Replace("{B}", party.B)
            .Replace("{V}", frame.Base).Replace("{Past}", frame.Past).Replace("{Participle}", frame.Participle);
        marked = char.ToUpperInvariant(marked[0]) + marked[1..];
        marked = marked.Replace(". the", ". The", StringComparison.Ordinal);
        var (text, first, second) = Unmark(marked);
        var factualities = factuality.Split('|');
        var (_, documentDate, sentences) = extractor.Read(new ArticleInput(text, null, PublishedAt: Published));
        foreach (var facts in sentences)
        {
            var candidates = CandidateFinder.Find(facts, EventLexicon.Default);
            foreach (var candidate in candidates)
            {
                var isFirst = Within(candidate.Span.Start, first);
                var isSecond = second is { } other && Within(candidate.Span.Start, other);
                var features = MentionFeatures.Of(candidate, candidates, documentDate.Date).Names;
                set.Types.Add(new Example(features, isFirst || isSecond ? frame.Type : "none", Part, marked));
                if (!isFirst && !isSecond)
                {
                    continue;
                }

                set.Factualities.Add(new Example(features, isFirst ? factualities[0] : factualities[^1], Part, marked));
                var (agent, patient) = isFirst ? (party.AId, party.BId) : (party.BId, party.AId);
                foreach (var actor in facts.Actors)
                {
                    var role = actor.Actor.Id == agent ? "agent" : actor.Actor.Id == patient ? (frame.Encounter ? "counterpart" : "target") : "other";
                    set.Roles.Add(new Example(RoleFeatures.Of(candidate, actor).Names, role, Part, marked));
                }

                var dateStart = date is null || isSecond && factualities[^1] == "background" ? -1 : text.IndexOf(date, StringComparison.Ordinal);
                foreach (var option in DateFeatures.Options(candidate, sentences))
                {
                    var chosen = option.Kind == DateOptionKind.Expression
                        ? dateStart >= 0 && facts.Tokens[option.Date!.Value.First].Start < dateStart + date!.Length && dateStart < facts.Tokens[option.Date.Value.End - 1].End
                        : option.Kind == DateOptionKind.None && dateStart < 0;
                    set.Dates.Add(new Example(DateFeatures.Of(candidate, option, candidates, documentDate, sentences).Names, chosen ? "yes" : "no", Part, marked));
                }
            }
        }
    }
}
