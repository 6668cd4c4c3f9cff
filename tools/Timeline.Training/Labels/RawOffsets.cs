namespace Timeline.Training.Labels;

/// <summary>
/// Maps offsets in the cleaned text back to the article text as annotated. Cleaning keeps lines in order, trims them,
/// collapses runs of spaces and drops furniture lines, so each cleaned line is found verbatim, in order, in the raw
/// text with its spaces collapsed the same way.
/// </summary>
public sealed class RawOffsets
{
    private readonly int[] _map;

    private RawOffsets(int[] map) => _map = map;

    /// <summary>The raw offset of cleaned offset <paramref name="cleaned"/>, or -1 where the line was not found.</summary>
    public int this[int cleaned] => cleaned >= 0 && cleaned < _map.Length ? _map[cleaned] : -1;

    /// <summary>The raw span of the cleaned span [start, end), or null when it cannot be located.</summary>
    public int[]? Span(int start, int end)
    {
        var first = this[start];
        var last = this[end - 1];
        return first < 0 || last < first ? null : [first, last + 1];
    }

    public static RawOffsets Build(string raw, string cleaned)
    {
        var (flat, flatToRaw) = Flatten(raw);
        var map = new int[cleaned.Length];
        Array.Fill(map, -1);
        var cursor = 0;
        var lineStart = 0;
        foreach (var line in cleaned.Split('\n'))
        {
            if (line.Length > 0)
            {
                var found = flat.IndexOf(line, cursor, StringComparison.Ordinal);
                if (found >= 0)
                {
                    for (var i = 0; i < line.Length; i++)
                    {
                        map[lineStart + i] = flatToRaw[found + i];
                    }

                    cursor = found + line.Length;
                }
            }

            lineStart += line.Length + 1;
        }

        return new RawOffsets(map);
    }

    /// <summary>The raw text as cleaning sees it (line breaks kept, other white space one space, invisible characters gone).</summary>
    private static (string Flat, int[] ToRaw) Flatten(string raw)
    {
        var flat = new System.Text.StringBuilder(raw.Length);
        var toRaw = new List<int>(raw.Length);
        for (var i = 0; i < raw.Length; i++)
        {
            var c = raw[i];
            if (c is '\u200B' or '\u200C' or '\u200D' or '\uFEFF' or '\u00AD')
            {
                continue;
            }

            var mapped = c is '\r' or '\u2028' or '\u2029' ? '\n' : char.IsWhiteSpace(c) && c != '\n' ? ' ' : c;
            if (mapped == ' ' && flat.Length > 0 && flat[^1] == ' ')
            {
                continue;
            }

            flat.Append(mapped);
            toRaw.Add(i);
        }

        return (flat.ToString(), toRaw.ToArray());
    }
}
