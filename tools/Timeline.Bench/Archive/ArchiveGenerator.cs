using System.Globalization;
using System.Text;

namespace Timeline.Bench.Archive;

/// <summary>An article of the synthetic archive in the ingestion body format (POST /api/v1/articles).</summary>
public sealed record GeneratedArticle(string Url, string Title, string Publisher, string PublishedAt, string Text);

/// <summary>
/// A deterministic archive: stories between 2018 and 2026, each reported by one to several outlets (wire copy
/// reprinted word for word, or rewritten with other wording and date phrasing), some articles also recalling an
/// earlier story. Articles come out in shuffled order, so the archive grows evenly over all years.
/// </summary>
public static class ArchiveGenerator
{
    private sealed record Spec(Story Story, int Report, int Variant, DateOnly Published, (string Name, string Domain) Outlet, Story? Recalled, int TextSeed);

    public static IEnumerable<GeneratedArticle> Generate(int count, int seed)
    {
        var random = new Random(seed);
        var world = new World(random);
        var stories = new List<Story>();
        var specs = new List<Spec>(count + 8);
        while (specs.Count < count)
        {
            var story = world.Next(stories.Count);
            stories.Add(story);
            var reports = 1;
            while (reports < 8 && random.NextDouble() < 0.6)
            {
                reports++;
            }

            Spec? original = null;
            for (var r = 0; r < reports && specs.Count < count; r++)
            {
                var reprint = original is not null && random.Next(2) == 0;
                var outlet = r == 0 || !reprint
                    ? (random.Next(3) == 0 ? Outlets.Wires[random.Next(Outlets.Wires.Length)] : Outlets.Papers[random.Next(Outlets.Papers.Length)])
                    : Outlets.Papers[random.Next(Outlets.Papers.Length)];
                var spec = reprint
                    ? original! with { Report = r, Outlet = outlet }
                    : new Spec(story, r, random.Next(3), story.Date.AddDays(random.Next(3)), outlet, Recall(stories, story, random), random.Next());
                original ??= spec;
                specs.Add(spec);
            }
        }

        for (var i = specs.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (specs[i], specs[j]) = (specs[j], specs[i]);
        }

        return specs.Select(Write);
    }

    // An earlier story (within a year) that the article recalls in a sentence of its own, in 40% of articles.
    private static Story? Recall(List<Story> stories, Story current, Random random)
    {
        if (random.Next(10) >= 4)
        {
            return null;
        }

        for (var attempt = 0; attempt < 8; attempt++)
        {
            var candidate = stories[random.Next(stories.Count)];
            var gap = current.Date.DayNumber - candidate.Date.DayNumber;
            if (gap is > 7 and < 365)
            {
                return candidate;
            }
        }

        return null;
    }

    private static GeneratedArticle Write(Spec spec)
    {
        var random = new Random(spec.TextSeed);
        var filler = Sentences.Filler.OrderBy(_ => random.Next()).ToList();
        var next = 0;
        string Filler() => filler[next++ % filler.Count];

        var text = new StringBuilder();
        text.Append(Sentences.Report(spec.Story, spec.Variant).Replace("{D}", DatePhrases.For(spec.Story.Date, spec.Published, random)));
        text.Append(' ').Append(Filler()).Append("\n\n");
        for (var paragraph = 0; paragraph < 4 + random.Next(4); paragraph++)
        {
            text.Append(Filler()).Append(' ').Append(Filler()).Append(' ').Append(Filler()).Append("\n\n");
        }

        if (spec.Recalled is { } recalled)
        {
            text.Append(Sentences.Report(recalled, random.Next(3)).Replace("{D}", DatePhrases.For(recalled.Date, spec.Published, random)))
                .Append("\n\n");
        }

        for (var paragraph = 0; paragraph < 4 + random.Next(5); paragraph++)
        {
            text.Append(Filler()).Append(' ').Append(Filler()).Append(' ').Append(Filler()).Append("\n\n");
        }

        var published = spec.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var slug = Sentences.Headline(spec.Story).ToLowerInvariant().Replace(' ', '-');
        var url = $"https://{spec.Outlet.Domain}/{spec.Published:yyyy/MM/dd}/{slug}-{spec.Story.Number}-{spec.Report}";
        return new GeneratedArticle(url, Sentences.Headline(spec.Story), spec.Outlet.Name, published, text.ToString().TrimEnd());
    }
}
