using System.Text;
using System.Text.RegularExpressions;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Cleaning;

/// <summary>Line-level cleaning of plain article text: drops furniture, keeps captions but marks them.</summary>
internal static partial class TextCleaner
{
    public static (string Text, IReadOnlyList<TextSpan> Captions) Clean(string raw, IReadOnlySet<string>? knownCaptions = null)
    {
        var lines = SplitScraperPrefix(Normalize(raw)).Split('\n');
        var kinds = new LineKind[lines.Length];
        for (var i = 0; i < lines.Length; i++)
        {
            lines[i] = CollapseSpaces(lines[i]);
            kinds[i] = lines[i].Length == 0 ? LineKind.Content
                : knownCaptions?.Contains(lines[i]) == true ? LineKind.Caption
                : LineClassifier.Classify(lines[i]);
        }

        MarkLinesBeforeCredits(lines, kinds);
        return Build(lines, kinds);
    }

    private static void MarkLinesBeforeCredits(string[] lines, LineKind[] kinds)
    {
        for (var i = 0; i < lines.Length; i++)
        {
            if (kinds[i] != LineKind.Credit)
            {
                continue;
            }

            var previous = i - 1;
            while (previous >= 0 && lines[previous].Length == 0)
            {
                previous--;
            }

            if (previous >= 0 && kinds[previous] == LineKind.Content)
            {
                kinds[previous] = LineKind.Caption;
            }
        }
    }

    private static (string, IReadOnlyList<TextSpan>) Build(string[] lines, LineKind[] kinds)
    {
        var text = new StringBuilder();
        var captions = new List<TextSpan>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pendingBreak = string.Empty;
        var previousDropped = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (line.Length == 0)
            {
                pendingBreak = text.Length == 0 ? string.Empty : "\n\n";
                continue;
            }

            // A lower-case line right after dropped furniture is the rest of that furniture ("Sign up for ...\nstories ...").
            var continuation = previousDropped && char.IsLower(line[0]);
            var dropped = kinds[i] is LineKind.Furniture or LineKind.Credit || continuation || !seen.Add(line);
            previousDropped = dropped;
            if (dropped)
            {
                continue;
            }

            if (text.Length > 0)
            {
                text.Append(pendingBreak.Length > 0 ? pendingBreak : "\n");
            }

            pendingBreak = string.Empty;
            var start = text.Length;
            text.Append(line);
            if (kinds[i] == LineKind.Caption)
            {
                captions.Add(new TextSpan(start, text.Length));
            }
        }

        return (text.ToString(), captions);
    }

    private static string Normalize(string raw)
    {
        var builder = new StringBuilder(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            switch (c)
            {
                case '\r':
                    builder.Append('\n');
                    if (i + 1 < raw.Length && raw[i + 1] == '\n')
                    {
                        i++;
                    }

                    break;
                case '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD':
                    break;
                case '\u2028' or '\u2029':
                    builder.Append('\n');
                    break;
                default:
                    builder.Append(char.IsWhiteSpace(c) && c != '\n' ? ' ' : c);
                    break;
            }
        }

        return builder.ToString();
    }

    private static string CollapseSpaces(string line)
    {
        line = line.Trim();
        return line.Contains("  ", StringComparison.Ordinal) ? MultipleSpaces().Replace(line, " ") : line;
    }

    /// <summary>Scrapers prefix some texts with " date 2023-06-19 "; it becomes a line of its own so it reads as a byline.</summary>
    private static string SplitScraperPrefix(string text) => ScraperDate().Replace(text, "date ${date}\n");

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@"^ *date (?<date>\d{4}-\d\d-\d\d) +", RegexOptions.Multiline)]
    private static partial Regex ScraperDate();
}
