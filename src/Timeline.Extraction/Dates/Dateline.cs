using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>
/// A date line or byline near the top of an article: "BEIJING, June 19 (Xinhua) --", "May 23, 2025, 5:30 a.m.",
/// "date 2023-06-19", "05.08.2022, Sputnik International". A date inside a narrative sentence is not one.
/// </summary>
internal static class Dateline
{
    private const int TopLines = 6;
    private const int TopChars = 600;
    private const int MaxOtherWords = 5;
    private const int MaxPlaceWords = 4;

    public static TemporalExpression? Find(string text, IReadOnlyList<TextSpan> captions)
    {
        var lineStart = 0;
        var lines = 0;
        while (lineStart < text.Length && lineStart < TopChars && lines < TopLines)
        {
            var lineEnd = text.IndexOf('\n', lineStart);
            if (lineEnd < 0)
            {
                lineEnd = text.Length;
            }

            var line = text[lineStart..lineEnd];
            if (line.Trim().Length > 0 && !captions.Any(c => c.Start < lineEnd && lineStart < c.End))
            {
                lines++;
                if (FindInLine(line) is { } found)
                {
                    return found with { Start = found.Start + lineStart, End = found.End + lineStart };
                }
            }

            lineStart = lineEnd + 1;
        }

        return null;
    }

    private static TemporalExpression? FindInLine(string line)
    {
        foreach (var expression in TemporalExpressionFinder.Find(line))
        {
            if (expression.Kind != TemporalKind.Calendar || expression.Month is null || expression.Day is null)
            {
                continue;
            }

            // "FOR IMMEDIATE RELEASE | Friday, October 7, 2022 | Media Contact": only the date's own segment counts.
            var segmentStart = line.LastIndexOf('|', expression.Start) + 1;
            var segmentEnd = line.IndexOf('|', expression.End);
            var before = line[segmentStart..expression.Start];
            var after = line[expression.End..(segmentEnd < 0 ? line.Length : segmentEnd)];
            var otherWords = Cleaning.WordCounter.Count(before) + Cleaning.WordCounter.Count(after);
            if (otherWords <= MaxOtherWords || IsPlaceDateline(before, after))
            {
                return expression;
            }
        }

        return null;
    }

    /// <summary>
    /// "PLACE, Month Day (Agency) --", "PLACE, Month Day. /TASS/.", "PLACE (Month Day):": a short place, then the date
    /// set off by a comma or brackets, then an agency, a dash or a colon.
    /// </summary>
    private static bool IsPlaceDateline(string before, string after)
    {
        var place = before.TrimEnd();
        var rest = after.TrimStart().TrimStart('.').TrimStart();
        var bracketed = place.EndsWith('(') && rest.StartsWith(')');
        if (bracketed)
        {
            rest = rest[1..].TrimStart();
        }

        return (place.EndsWith(',') || bracketed)
            && Cleaning.WordCounter.Count(place) <= MaxPlaceWords
            && rest.Length > 0
            && rest[0] is '(' or '-' or '—' or '–' or ':' or '/';
    }
}
