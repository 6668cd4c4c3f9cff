using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Service;

namespace Timeline.Evaluation.Scoring;

/// <summary>How one system event compares with one gold event, criterion by criterion.</summary>
public sealed record MatchCheck(
    bool TypeMatches,
    IReadOnlyList<string> MissingParticipants,
    bool DateMatches,
    bool ExactDate,
    int DateDistanceDays)
{
    public bool ParticipantsMatch => MissingParticipants.Count == 0;

    public bool IsMatch => TypeMatches && ParticipantsMatch && DateMatches;

    public static MatchCheck Compare(GoldEvent gold, SystemEvent candidate)
    {
        var typeMatches = candidate.Type is not null && NameComparer.Alternatives(gold.Type)
            .Any(type => string.Equals(type, candidate.Type.Trim(), StringComparison.OrdinalIgnoreCase));

        var names = candidate.ParticipantNames.ToList();
        var missing = gold.Participants.Where(p => !NameComparer.AnySpellingAmong(p, names)).ToList();

        var dateMatches = false;
        var exactDate = false;
        var distance = int.MaxValue;
        if (DateInterval.TryParse(gold.Date, out var goldDate) && DateInterval.TryParse(candidate.Date, out var systemDate))
        {
            dateMatches = goldDate.Widen(Math.Max(0, gold.ToleranceDays)).Contains(systemDate);
            exactDate = goldDate == systemDate;
            distance = goldDate.DistanceTo(systemDate);
        }

        return new MatchCheck(typeMatches, missing, dateMatches, exactDate, distance);
    }

    /// <summary>Why a candidate failed, for the verbose report; empty when it matches.</summary>
    public string Explain()
    {
        var reasons = new List<string>();
        if (!TypeMatches)
        {
            reasons.Add("type differs");
        }

        if (!ParticipantsMatch)
        {
            reasons.Add("missing " + string.Join(", ", MissingParticipants));
        }

        if (!DateMatches)
        {
            reasons.Add(DateDistanceDays == int.MaxValue ? "no usable date" : "date outside tolerance");
        }

        return string.Join("; ", reasons);
    }
}
