using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Extraction.Events.Candidates;
using Timeline.Extraction.Model;

namespace Timeline.Training.Prefill;

/// <summary>
/// Guesses which gold event a candidate reports, for a reviewer to confirm: a gold event whose type the candidate's
/// readings can have (or one of its family), whose participants its sentence names, and whose date a date written in
/// its clause does not contradict.
/// </summary>
internal static class GoldAlignment
{
    public static GoldEvent? Guess(Candidate candidate, IReadOnlyList<GoldEvent> gold)
    {
        var names = candidate.Facts.Actors.SelectMany(a => NamesOf(a.Actor)).ToList();
        var clauseDates = candidate.Facts.Dates.Where(d => candidate.Clause.Covers(d.First, d.End)).Select(d => d.Date).ToList();
        return gold
            .Select(g => (Gold: g, Score: Score(candidate, g, names, clauseDates)))
            .Where(s => s.Score > 0)
            .OrderByDescending(s => s.Score)
            .Select(s => s.Gold)
            .FirstOrDefault();
    }

    private static int Score(Candidate candidate, GoldEvent gold, List<string> names, List<EventDate> clauseDates)
    {
        var types = NameComparer.Alternatives(gold.Type).ToList();
        var exact = candidate.Readings.Any(r => types.Contains(TypeName(r.Type)));
        var family = candidate.Readings.Any(r => types.Any(t => FamilyOf(t) == FamilyOf(TypeName(r.Type))));
        if (!exact && !family)
        {
            return 0;
        }

        var named = gold.Participants.Count(p => NameComparer.AnySpellingAmong(p, names));
        if (named == 0)
        {
            return 0;
        }

        var dated = DateInterval.TryParse(gold.Date, out var goldDate) && clauseDates.Any(d => Within(d, goldDate, gold.ToleranceDays));
        var contradicted = clauseDates.Count > 0 && !dated;
        return contradicted ? 0 : (exact ? 4 : 2) + (2 * named) + (dated ? 3 : 0);
    }

    private static bool Within(EventDate date, DateInterval gold, int tolerance) =>
        DateInterval.TryParse(date.ToString(), out var system) && gold.Widen(Math.Max(tolerance, 1)).Contains(system)
        || (DateInterval.TryParse(date.ToString(), out var coarse) && coarse.Contains(gold));

    /// <summary>The names an actor answers to in gold files: its name, aliases, and its country for acts of a state.</summary>
    private static IEnumerable<string> NamesOf(Actor actor) =>
        actor.Aliases.Append(actor.Name).Concat(actor.Kind != ActorKind.Person && actor.Country is { } country ? [country] : []);

    public static string TypeName(EventType type) => type == EventType.ExportControl ? "export_control" : type.ToString().ToLowerInvariant();

    public static string FamilyOf(string type) => type switch
    {
        "meeting" or "call" or "talks" or "agreement" => "encounter",
        "statement" or "accusation" => "declaration",
        "sanction" or "export_control" or "tariff" => "restriction",
        _ => type,
    };
}
