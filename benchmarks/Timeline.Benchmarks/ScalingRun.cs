using System.Diagnostics;
using System.Globalization;
using System.Text;
using AngleSharp.Html.Parser;
using Timeline.Extraction;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Cleaning;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Grammar;
using Timeline.Extraction.Events.Lexicon;
using Timeline.Extraction.Events.Reading;
using Timeline.Extraction.Model;
using Timeline.Extraction.Places;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Text;
using Timeline.Testing;

namespace Timeline.Benchmarks;

/// <summary>
/// How each stage's time grows with the size of one article: 125 KB, 250 KB, 500 KB and 1 MB of several shapes
/// (story text, the same on one line, HTML paragraphs, deeply nested HTML). A linear stage doubles its time
/// when the text doubles; the last column is that ratio for the last doubling. Times are this thread's processor
/// time per run (see <see cref="Time"/>); an input stops growing once the whole pipeline takes over a
/// minute. "HTML parse" is AngleSharp on its own, without the guard of the cleaning stage (skipped once over 5 s).
/// </summary>
public static class ScalingRun
{
    private static readonly int[] Sizes = [125_000, 250_000, 500_000, 1_000_000];
    private static readonly string[] Stages =
        ["HTML parse", "Clean", "Split", "Tokenize", "ActorMentions", "Places", "DocumentDate", "Dates", "Read (all above)", "Events", "Extract (whole)"];

    public static void Run(IReadOnlyList<string> shapes)
    {
        using (var process = Process.GetCurrentProcess())
        {
            process.PriorityClass = ProcessPriorityClass.High;
        }

        var builders = new (string Name, Func<int, ArticleInput> Build)[]
        {
            ("story text", size => new ArticleInput(Story(size, "\n"), null)),
            ("story text, one line", size => new ArticleInput(Story(size, " "), null)),
            ("one sentence", size => new ArticleInput(Story(size, " ").Replace('.', ',').Replace('?', ',').Replace('!', ','), null)),
            ("shuffled words", size => new ArticleInput(ShuffledWords(size), null)),
            ("no spaces", size => new ArticleInput(new string('x', size), null)),
            ("html paragraphs", size => new ArticleInput(null, Paragraphs(size))),
            ("nested divs", size => new ArticleInput(null, Nested(size, "<div>"))),
            ("nested articles with paragraphs", size => new ArticleInput(null, Nested(size, "<article><p>Wang Yi spoke.</p>"))),
            ("nested formatting", size => new ArticleInput(null, NestedFormatting(size))),
        };
        foreach (var (name, build) in builders.Where(b => shapes.Count == 0 || shapes.Any(s => b.Name.Contains(s, StringComparison.OrdinalIgnoreCase))))
        {
            Console.WriteLine($"## {name}");
            Console.WriteLine($"{"stage",-16}" + string.Concat(Sizes.Select(s => $"{s / 1000 + " KB",12}")) + $"{"last x2",10}");
            var table = Stages.ToDictionary(s => s, _ => new List<double>());
            foreach (var size in Sizes)
            {
                var rawParseTimes = table["HTML parse"];
                var times = MeasureStages(build(size), measureRawParse: rawParseTimes.Count == 0 || rawParseTimes[^1] < 5);
                foreach (var (stage, seconds) in times)
                {
                    table[stage].Add(seconds);
                }

                if (times["Extract (whole)"] > 60)
                {
                    break;
                }
            }

            foreach (var (stage, times) in table)
            {
                var cells = string.Concat(times.Select(t => $"{(double.IsNaN(t) ? "-" : Format(t)),12}")) + string.Concat(Enumerable.Repeat($"{"-",12}", Sizes.Length - times.Count));
                var ratio = times.Count >= 2 && times[^2] > 0 && !double.IsNaN(times[^1]) ? (times[^1] / times[^2]).ToString("0.0", CultureInfo.InvariantCulture) : "-";
                Console.WriteLine($"{stage,-16}{cells}{ratio,10}");
            }

            Console.WriteLine();
        }
    }

    private static Dictionary<string, double> MeasureStages(ArticleInput input, bool measureRawParse)
    {
        var finder = new ActorMentionFinder(Gazetteer.Default);
        var extractor = ArticleExtractor.CreateDefault();
        CleanedArticle article = null!;
        IReadOnlyList<Sentence> sentences = [];
        Document document = null!;
        DocumentDate documentDate = null!;
        IReadOnlyList<SentenceFacts> facts = [];
        var times = new Dictionary<string, double>
        {
            // AngleSharp alone, without the guard the cleaning stage adds: the cost the guard avoids (not run again once slow).
            ["HTML parse"] = input.Html is null ? 0 : measureRawParse ? Time(() => new HtmlParser().ParseDocument(input.Html)) : double.NaN,
            ["Clean"] = Time(() => article = ArticleCleaner.Clean(input)),
            ["Split"] = Time(() => sentences = SentenceSplitter.Split(article.Text, article.Captions)),
            ["Tokenize"] = Time(() => document = Document.Create(article.Text, sentences)),
            ["ActorMentions"] = Time(() => finder.Find(document, null)),
            ["Places"] = Time(() => PlaceFinder.Find(document)),
            ["DocumentDate"] = Time(() => documentDate = DocumentDateInferrer.Infer(article, sentences, [])),
            ["Dates"] = Time(() => WrittenDates.Resolve(article.Text, documentDate)),
            ["Read (all above)"] = Time(() => facts = extractor.Read(input).Sentences),
        };
        times["Events"] = Time(() => extractor.ExtractEvents(facts, documentDate));
        times["Extract (whole)"] = Time(() => extractor.Extract(input));
        return times;
    }

    /// <summary>
    /// This thread's processor time per run (what other processes on a shared machine disturb least), the best of
    /// three measurements; each measurement repeats a fast stage until it has taken 200 ms, so the clock's
    /// resolution and one-off pauses do not decide the number.
    /// </summary>
    private static double Time(Action action)
    {
        var best = double.MaxValue;
        for (var measurement = 0; measurement < 3; measurement++)
        {
            // Start each measurement with an empty heap, so one stage does not pay for another's garbage.
            GC.Collect();
            GC.WaitForPendingFinalizers();
            var runs = 0;
            var start = ThreadCpuSeconds();
            double elapsed;
            do
            {
                action();
                runs++;
                elapsed = ThreadCpuSeconds() - start;
            }
            while (elapsed < 0.2);

            best = Math.Min(best, elapsed / runs);
            if (best > 10)
            {
                break;
            }
        }

        return best;
    }

    private static double ThreadCpuSeconds() => ThreadCpu.Now().TotalSeconds;

    private static string Format(double seconds) =>
        seconds >= 1 ? seconds.ToString("0.00 s", CultureInfo.InvariantCulture) : (seconds * 1000).ToString("0.0 ms", CultureInfo.InvariantCulture);

    /// <summary>The seed articles' lines over and over, each copy numbered so no line repeats (repeats are dropped as furniture).</summary>
    private static string Story(int size, string lineBreak)
    {
        var lines = SeedArticles.Inputs.SelectMany(a => a.Text!.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)).ToList();
        var text = new StringBuilder(size + 1000);
        for (var i = 0; text.Length < size; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"Update {i / lines.Count}: {lines[i % lines.Count]}").Append(lineBreak);
        }

        return text.ToString(0, size);
    }

    /// <summary>The seed articles' words in a random order (fixed seed): sentence ends, names and dates land anywhere.</summary>
    private static string ShuffledWords(int size)
    {
        var words = SeedArticles.Inputs.SelectMany(a => a.Text!.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).ToArray();
        var random = new Random(1);
        var text = new StringBuilder(size + 100);
        while (text.Length < size)
        {
            text.Append(words[random.Next(words.Length)]).Append(' ');
        }

        return text.ToString(0, size);
    }

    private static string Paragraphs(int size)
    {
        var paragraphs = Story(size, "\n").Split('\n');
        return "<html><head><title>t</title></head><body><article>" + string.Concat(paragraphs.Select(p => $"<p>{p}</p>")) + "</article></body></html>";
    }

    /// <summary>A page that is one opening fragment repeated, never closed, around one sentence: deep trees cost parsers and tree walks.</summary>
    private static string Nested(int size, string fragment)
    {
        const string Sentence = "Chinese Foreign Minister Wang Yi met U.S. Secretary of State Antony Blinken on Monday in Beijing.";
        var depth = (size - Sentence.Length) / fragment.Length;
        return string.Concat(Enumerable.Repeat(fragment, depth)) + Sentence;
    }

    /// <summary>Formatting elements that differ in one attribute, so the parser cannot fold them, each followed by text.</summary>
    private static string NestedFormatting(int size)
    {
        var page = new StringBuilder(size + 100).Append("<p>");
        for (var i = 0; page.Length < size; i++)
        {
            page.Append(CultureInfo.InvariantCulture, $"<b class=c{i}>x ");
        }

        return page.ToString();
    }
}
