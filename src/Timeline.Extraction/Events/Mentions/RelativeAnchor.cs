using Timeline.Extraction.Dates;
using Timeline.Extraction.Events.Reading;

namespace Timeline.Extraction.Events.Mentions;

/// <summary>
/// "They met ..., a day after Trump and Xi reached a truce": an event placed a span of time before or after another
/// event of its sentence. <see cref="Days"/> is how far back (positive) or ahead; a vague span ("days after") has
/// <see cref="Vague"/> set and <see cref="Days"/> the most it can be.
/// </summary>
internal sealed record RelativeAnchor(EventMention Anchor, int Days, bool Vague);

/// <summary>Reads "a day after", "two days before", "hours after", "days after" in front of a clause.</summary>
internal static class RelativeSpan
{
    private const int VagueDays = 6;

    /// <summary>
    /// The offset in days from the event of the main clause to the event of a clause opened by "after" or "before"
    /// (<paramref name="openerIndex"/> is the opener's token): positive when the clause's event is earlier.
    /// </summary>
    public static (int Days, bool Vague)? Before(SentenceFacts facts, int openerIndex)
    {
        var direction = facts.Key(openerIndex) switch
        {
            "after" or "following" => 1,
            "before" => -1,
            _ => 0,
        };
        if (direction == 0 || openerIndex < 1)
        {
            return null;
        }

        var unit = facts.Key(openerIndex - 1);
        var quantity = openerIndex >= 2 ? facts.Key(openerIndex - 2) : "";
        var (days, vague) = unit switch
        {
            "day" => (1, false),
            "days" => Count(quantity) is { } n ? (n, false) : (VagueDays, true),
            "hours" or "hour" or "minutes" or "moments" => (0, false),
            "week" => (7, false),
            _ => (-1, false),
        };
        return days < 0 ? null : (direction * days, vague);
    }

    private static int? Count(string word) =>
        int.TryParse(word, out var number) ? number : DateWords.Instance.Numbers.TryGetValue(word, out var named) ? named : null;
}
