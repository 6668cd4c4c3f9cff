using Timeline.Evaluation.Gold;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Dates;
using Timeline.Extraction.Model;

namespace Timeline.Evaluation.Scoring;

/// <summary>
/// Whether a gold event is one the known-events table (Data/known-events.json) holds: an entry of a kind that agrees,
/// whose date falls in the gold date (with its tolerance), naming one of the gold participants (a person among its
/// people, or a state as its acting side). Recall on the gold events outside the table is what the extractor finds on
/// its own, with no table to lean on.
/// </summary>
public static class KnownEventCoverage
{
    private static readonly Lazy<Dictionary<string, string>> IdsByName = new(() =>
        Gazetteer.Default.Actors
            .SelectMany(a => a.Aliases.Append(a.Name).Select(name => (Name: NameComparer.Normalize(name), a.Id)))
            .GroupBy(p => p.Name)
            .ToDictionary(g => g.Key, g => g.First().Id));

    public static bool IsInTable(GoldEvent gold)
    {
        if (!DateInterval.TryParse(gold.Date, out var date))
        {
            return false;
        }

        var window = date.Widen(Math.Max(gold.ToleranceDays, 1));
        var types = NameComparer.Alternatives(gold.Type).ToList();
        var named = gold.Participants.SelectMany(NameComparer.Alternatives).ToList();
        var ids = named.Select(n => IdsByName.Value.GetValueOrDefault(NameComparer.Normalize(n))).OfType<string>().ToHashSet(StringComparer.Ordinal);
        return KnownEvents.Default.All.Any(known =>
            types.Any(t => Family(t) == Family(EventTypeNames.Name(known.Type)))
            && window.Start <= known.Date.Latest && known.Date.Earliest <= window.End
            && (known.Participants.Any(ids.Contains) || (known.Agent is { } agent && named.Any(n => NameComparer.Normalize(n) == NameComparer.Normalize(agent)))));
    }

    private static string Family(string type) => type switch
    {
        "meeting" or "call" or "talks" => "encounter",
        "statement" or "accusation" => "declaration",
        "sanction" or "export_control" => "restriction",
        _ => type,
    };
}
