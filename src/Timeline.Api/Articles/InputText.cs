using System.Text;

namespace Timeline.Api.Articles;

/// <summary>
/// Cleans text fields before anything reads them: PostgreSQL cannot store NUL, and the other control characters
/// (except tab, line feed and carriage return) only ever come from broken scrapers. Lone UTF-16 surrogates, which
/// no encoding can store, become U+FFFD. A value needing no cleaning is returned as is.
/// </summary>
public static class InputText
{
    public static string? Clean(string? value) => value is null || !NeedsCleaning(value) ? value : Rebuild(value);

    /// <summary>True when the value holds a character a url may not contain (any control character).</summary>
    public static bool HasControlCharacters(string value) => value.Any(char.IsControl);

    private static bool NeedsCleaning(string value)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsDropped(c) || (char.IsSurrogate(c) && !IsPair(value, i)))
            {
                return true;
            }

            i += char.IsHighSurrogate(c) ? 1 : 0;
        }

        return false;
    }

    private static string Rebuild(string value)
    {
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (IsDropped(c))
            {
                continue;
            }

            if (char.IsHighSurrogate(c) && IsPair(value, i))
            {
                text.Append(c).Append(value[++i]);
            }
            else
            {
                text.Append(char.IsSurrogate(c) ? '\uFFFD' : c);
            }
        }

        return text.ToString();
    }

    private static bool IsDropped(char c) => char.IsControl(c) && c is not ('\t' or '\n' or '\r');

    private static bool IsPair(string value, int index) =>
        char.IsHighSurrogate(value[index]) && index + 1 < value.Length && char.IsLowSurrogate(value[index + 1]);
}
