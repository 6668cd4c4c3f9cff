using Microsoft.Extensions.Primitives;

namespace Timeline.Api.Infrastructure.Queries;

/// <summary>
/// Reads a query string against the parameters an endpoint declares, collecting one message per bad parameter:
/// unknown names, too many repeats and unparsable values, each under the parameter's name.
/// </summary>
public sealed class QueryReader
{
    private const int MaxReportedNameLength = 64;
    private const int MaxReportedUnknown = 10;

    private readonly IQueryCollection query;
    private readonly Dictionary<string, string[]> errors = new(StringComparer.Ordinal);

    public QueryReader(IQueryCollection query, IReadOnlyList<QueryParameter> declared)
    {
        this.query = query;
        var known = declared.ToDictionary(p => p.Name, StringComparer.OrdinalIgnoreCase);
        var names = string.Join(", ", declared.Select(p => p.Name));
        foreach (var (name, values) in query)
        {
            if (!known.TryGetValue(name, out var parameter))
            {
                if (errors.Count < MaxReportedUnknown)
                {
                    errors[Shorten(name)] = [declared.Count == 0
                        ? "Unknown query parameter; this endpoint takes none."
                        : $"Unknown query parameter; this endpoint takes {names}."];
                }
            }
            else if (values.Count > parameter.MaxRepeats)
            {
                errors[parameter.Name] = [parameter.MaxRepeats == 1
                    ? "Give this parameter once."
                    : $"Give this parameter at most {parameter.MaxRepeats} times."];
            }
        }
    }

    public IReadOnlyDictionary<string, string[]> Errors => errors;

    public bool IsValid => errors.Count == 0;

    public T Read<T>(QueryParameter<T> parameter)
    {
        if (errors.ContainsKey(parameter.Name) || !query.TryGetValue(parameter.Name, out var raw) || StringValues.IsNullOrEmpty(raw))
        {
            return parameter.Default;
        }

        var message = parameter.TryParse(raw.Select(v => v ?? string.Empty).ToList(), out var value);
        if (message is not null)
        {
            errors[parameter.Name] = [message];
            return parameter.Default;
        }

        return value;
    }

    /// <summary>Records a rule that involves several parameters (e.g. from after to), under the first one's name.</summary>
    public void Fail(QueryParameter parameter, string message) => errors.TryAdd(parameter.Name, [message]);

    public bool Failed(QueryParameter parameter) => errors.ContainsKey(parameter.Name);

    private static string Shorten(string name)
    {
        var printable = new string(name.Select(c => char.IsControl(c) ? '?' : c).ToArray());
        return printable.Length <= MaxReportedNameLength ? printable : printable[..MaxReportedNameLength] + "…";
    }
}
