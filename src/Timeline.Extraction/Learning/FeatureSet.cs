namespace Timeline.Extraction.Learning;

/// <summary>
/// The binary features of one decision, by name ("class=meeting", "prev=the"). Names are built from the kinds of
/// things the stages found (an actor's kind and side, a date's kind, a cue's meaning) and from common words, never
/// from a name: that is how a model memorises the articles it was trained on instead of learning the language.
/// </summary>
public sealed class FeatureSet
{
    private readonly List<string> _names = [];

    public IReadOnlyList<string> Names => _names;

    public void Add(string name) => _names.Add(name);

    public void Add(string key, string value) => _names.Add(key + "=" + value);

    /// <summary>Every feature so far again, joined with <paramref name="context"/>: what a feature means for one kind of event.</summary>
    public void Cross(string context, IEnumerable<string> keys)
    {
        var prefixes = keys.ToHashSet(StringComparer.Ordinal);
        foreach (var name in _names.ToList())
        {
            var equals = name.IndexOf('=');
            if (equals > 0 && prefixes.Contains(name[..equals]))
            {
                _names.Add(context + "&" + name);
            }
        }
    }

    /// <summary>A count or distance as a small set of ranges, so a linear model can weigh "near" and "far".</summary>
    public static string Bucket(int value) => value switch
    {
        <= 0 => "0",
        1 => "1",
        2 => "2",
        <= 4 => "3-4",
        <= 8 => "5-8",
        <= 16 => "9-16",
        _ => "17+",
    };
}
