using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace Timeline.Bench;

/// <summary>
/// Turns PostgreSQL's statement log (log_min_duration_statement = 0) into the exact SQL a request ran, with its
/// parameters written in as literals, so pgbench can run the same statements the API sent.
/// </summary>
public static partial class SqlCapture
{
    public static IReadOnlyList<string> Statements(string logFile, long offset)
    {
        using var stream = new FileStream(logFile, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        stream.Seek(offset, SeekOrigin.Begin);
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var records = new List<string>();
        var current = new StringBuilder();
        while (reader.ReadLine() is { } line)
        {
            if (line.StartsWith('\t') && current.Length > 0)
            {
                current.Append('\n').Append(line[1..]);
                continue;
            }

            if (current.Length > 0)
            {
                records.Add(current.ToString());
            }

            current.Clear().Append(line);
        }

        if (current.Length > 0)
        {
            records.Add(current.ToString());
        }

        var statements = new List<string>();
        for (var i = 0; i < records.Count; i++)
        {
            var statement = StatementPattern().Match(records[i]);
            if (!statement.Success)
            {
                continue;
            }

            var sql = statement.Groups["sql"].Value;
            if (i + 1 < records.Count && ParametersPattern().Match(records[i + 1]) is { Success: true } detail)
            {
                var values = ParameterPattern().Matches(detail.Groups["list"].Value)
                    .ToDictionary(m => int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), m => m.Groups["value"].Value);
                sql = PlaceholderPattern().Replace(sql, m => values.TryGetValue(int.Parse(m.Groups["n"].Value, CultureInfo.InvariantCulture), out var v) ? v : m.Value);
            }

            // Queries only: the pool's DISCARD ALL on reuse and transaction control are not the request's SQL.
            sql = sql.Trim().TrimEnd(';');
            if (sql.StartsWith("SELECT", StringComparison.OrdinalIgnoreCase) || sql.StartsWith("WITH", StringComparison.OrdinalIgnoreCase))
            {
                statements.Add(sql);
            }
        }

        return statements;
    }

    [GeneratedRegex(@"\] LOG:\s+duration: [\d.]+ ms\s+(?:execute [^:]*|statement): (?<sql>.*)", RegexOptions.Singleline)]
    private static partial Regex StatementPattern();

    [GeneratedRegex(@"\] DETAIL:\s+[Pp]arameters: (?<list>.*)", RegexOptions.Singleline)]
    private static partial Regex ParametersPattern();

    [GeneratedRegex(@"\$(?<n>\d+) = (?<value>'(?:[^']|'')*'|NULL)", RegexOptions.Singleline)]
    private static partial Regex ParameterPattern();

    [GeneratedRegex(@"\$(?<n>\d+)\b")]
    private static partial Regex PlaceholderPattern();
}
