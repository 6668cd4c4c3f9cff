using Timeline.Extraction.Model;

namespace Timeline.Extraction.Dates;

/// <summary>A date expression of the text, the direction its clause gives it, and what it resolves to.</summary>
public sealed record WrittenDate(TemporalExpression Expression, TemporalDirection Direction, DateReading Reading);

/// <summary>
/// Finds and resolves every date a text writes: each against the document date, in the direction its clause gives,
/// except an offset ("a year earlier"), which counts from the last date resolved before it in its sentence, if any.
/// </summary>
public static class WrittenDates
{
    public static IReadOnlyList<WrittenDate> Resolve(string text, DocumentDate documentDate)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(documentDate);
        var written = new List<WrittenDate>();
        foreach (var expression in TemporalExpressionFinder.Find(text))
        {
            var direction = DirectionReader.Read(text, expression);
            var reading = expression.Kind == TemporalKind.Offset && Reference(text, written, expression) is { } reference
                ? DateResolver.Offset(expression, reference)
                : DateResolver.Read(expression, documentDate, direction);
            written.Add(new WrittenDate(expression, direction, reading));
        }

        return written;
    }

    private static DateReading? Reference(string text, List<WrittenDate> before, TemporalExpression offset)
    {
        for (var i = before.Count - 1; i >= 0; i--)
        {
            var candidate = before[i];
            if (SentenceBreakBetween(text, candidate.Expression.End, offset.Start))
            {
                return null;
            }

            if (candidate.Reading.Date is not null)
            {
                return candidate.Reading;
            }
        }

        return null;
    }

    /// <summary>A line break, or a sentence end: ". ", "? " or "! " before a capital (abbreviations like "Oct." aside).</summary>
    private static bool SentenceBreakBetween(string text, int from, int to)
    {
        for (var i = from; i < to; i++)
        {
            if (text[i] == '\n')
            {
                return true;
            }

            if (text[i] is '.' or '?' or '!' && i + 2 < text.Length && text[i + 1] == ' ' && char.IsUpper(text[i + 2]) && !EndsAbbreviation(text, i))
            {
                return true;
            }
        }

        return false;
    }

    private static bool EndsAbbreviation(string text, int dot)
    {
        var start = dot;
        while (start > 0 && char.IsLetter(text[start - 1]))
        {
            start--;
        }

        return dot - start <= 4 && start < dot && char.IsUpper(text[start]);
    }
}
