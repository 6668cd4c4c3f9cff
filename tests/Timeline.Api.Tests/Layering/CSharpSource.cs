using System.Text;

namespace Timeline.Api.Tests.Layering;

/// <summary>
/// Splits C# source into its code and the text of its string literals (regular, verbatim, raw, interpolated), dropping
/// comments: enough to tell SQL in a string from the same word in a comment.
/// </summary>
public static class CSharpSource
{
    public sealed record Parts(string Code, IReadOnlyList<string> Literals);

    public static Parts Split(string source)
    {
        var code = new StringBuilder();
        var literals = new List<string>();
        var i = 0;
        ReadCode(source, ref i, code, literals, inHole: false);
        return new Parts(code.ToString(), literals);
    }

    /// <summary>Reads code to the end, or, inside an interpolation hole, up to (not past) the brace that closes it.</summary>
    private static void ReadCode(string s, ref int i, StringBuilder code, List<string> literals, bool inHole)
    {
        var depth = 0;
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '/' && At(s, i + 1) == '/')
            {
                var end = s.IndexOf('\n', i);
                i = end < 0 ? s.Length : end;
            }
            else if (c == '/' && At(s, i + 1) == '*')
            {
                var end = s.IndexOf("*/", i + 2, StringComparison.Ordinal);
                i = end < 0 ? s.Length : end + 2;
                code.Append(' ');
            }
            else if (c == '\'')
            {
                for (i++; i < s.Length && s[i] != '\''; i++)
                {
                    i += s[i] == '\\' ? 1 : 0;
                }

                i++;
                code.Append("' '");
            }
            else if (StringPrefix(s, i) is var (dollars, verbatim, quote))
            {
                i = quote;
                literals.Add(ReadString(s, ref i, dollars, verbatim, code, literals));
                code.Append("\"\"");
            }
            else
            {
                if (inHole && c == '}' && depth-- == 0)
                {
                    return;
                }

                depth += inHole && c == '{' ? 1 : 0;
                code.Append(c);
                i++;
            }
        }
    }

    /// <summary>The <c>$</c>s and <c>@</c> before a string's opening quote, and where that quote is.</summary>
    private static (int Dollars, bool Verbatim, int Quote)? StringPrefix(string s, int i)
    {
        if (i > 0 && (char.IsLetterOrDigit(s[i - 1]) || s[i - 1] == '_'))
        {
            return null;
        }

        var (dollars, verbatim, j) = (0, false, i);
        for (; j < s.Length && (s[j] == '$' || (s[j] == '@' && !verbatim)); j++)
        {
            dollars += s[j] == '$' ? 1 : 0;
            verbatim |= s[j] == '@';
        }

        return At(s, j) == '"' ? (dollars, verbatim, j) : null;
    }

    private static string ReadString(string s, ref int i, int dollars, bool verbatim, StringBuilder code, List<string> literals)
    {
        var quotes = Run(s, i, '"');
        var raw = quotes >= 3;
        i += raw ? quotes : 1;
        var text = new StringBuilder();
        while (i < s.Length)
        {
            var c = s[i];
            if (raw && c == '"' && Run(s, i, '"') >= quotes)
            {
                i += quotes;
                break;
            }

            if (!raw && c == '"')
            {
                if (verbatim && At(s, i + 1) == '"')
                {
                    text.Append('"');
                    i += 2;
                    continue;
                }

                i++;
                break;
            }

            if (!raw && !verbatim && c == '\\')
            {
                text.Append(c).Append(At(s, i + 1));
                i += 2;
                continue;
            }

            if (dollars > 0 && c == '{')
            {
                // A raw string's hole opens with as many braces as it has $s (extra ones before them are text); any
                // other interpolated string doubles a brace to write one, so an odd run ends with a hole.
                var braces = Run(s, i, '{');
                var hole = raw ? braces >= dollars : braces % 2 == 1;
                text.Append('{', raw ? braces - (hole ? dollars : 0) : braces / 2);
                i += braces;
                if (hole)
                {
                    text.Append("{}");
                    ReadCode(s, ref i, code, literals, inHole: true);
                    i += Math.Min(raw ? dollars : 1, Run(s, i, '}'));
                }

                continue;
            }

            text.Append(c);
            i++;
        }

        return text.ToString();
    }

    private static char At(string s, int i) => i < s.Length ? s[i] : '\0';

    private static int Run(string s, int i, char c)
    {
        var n = 0;
        while (i + n < s.Length && s[i + n] == c)
        {
            n++;
        }

        return n;
    }
}
