using System.Globalization;

namespace Timeline.Bench;

/// <summary>"--name value" pairs after the command word.</summary>
public sealed class Options(IReadOnlyDictionary<string, string> values)
{
    public static Options Parse(IEnumerable<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        string? name = null;
        foreach (var arg in args)
        {
            if (arg.StartsWith("--", StringComparison.Ordinal))
            {
                name = arg[2..];
                values[name] = "true";
            }
            else if (name is not null)
            {
                values[name] = arg;
                name = null;
            }
            else
            {
                throw new ArgumentException($"Unexpected argument '{arg}'.");
            }
        }

        return new Options(values);
    }

    public string Text(string name, string? fallback = null) =>
        values.TryGetValue(name, out var value) ? value : fallback ?? throw new ArgumentException($"--{name} is required.");

    public int Number(string name, int fallback) =>
        values.TryGetValue(name, out var value) ? int.Parse(value, CultureInfo.InvariantCulture) : fallback;

    public bool Has(string name) => values.ContainsKey(name);
}
