namespace Timeline.Extraction.Events.Decisions;

/// <summary>
/// Where the models' probabilities become decisions. Chosen by leave-one-part-out cross-validation (scripts/crossval.sh),
/// never on a part's own score; one set for every article.
/// </summary>
internal sealed record Thresholds(float Event, float Happened, float Participant, float Date, float ActParticipant)
{
    /// <summary>
    /// A candidate is an event when "none" is less likely than <see cref="Event"/>; it happened when reported, announced
    /// or background together reach <see cref="Happened"/>; an actor takes part in a meeting, call or talks when "other"
    /// is less likely than <see cref="Participant"/> (a gold event needs all its people, so roles lean towards taking
    /// part), in any other event when it is less likely than <see cref="ActParticipant"/> (stricter: a country named
    /// in passing would make one act match, and merge with, another); a date dates an event when its option scores at
    /// least <see cref="Date"/>.
    /// </summary>
    public static Thresholds Default { get; } = new(Event: 0.6f, Happened: 0.5f, Participant: 0.9f, Date: 0.5f, ActParticipant: 0.5f);
}
