namespace Timeline.Extraction.Model;

/// <summary>The event types of the public contract (API.md).</summary>
public enum EventType
{
    Meeting,
    Call,
    Talks,
    Agreement,
    Statement,
    Accusation,
    Tariff,
    ExportControl,
    Sanction,
    Appointment,
    Other,
}

/// <summary>
/// An actor taking part in an event; <see cref="Role"/> is the title they held then, if known. <see cref="Acts"/> is
/// true for who acts (the side imposing a tariff, the one who speaks, both sides of a meeting) and false for whom the
/// act falls on, so two reports of China's tariff on the United States are not taken for its opposite.
/// </summary>
public sealed record EventParticipant(Actor Actor, string? Role, bool Acts = true);

/// <summary>A passage of the cleaned article text, with character offsets [Start, End) into it.</summary>
public sealed record Evidence(string Text, int Start, int End);

/// <summary>
/// One real-world event as one article reports it. <see cref="CameoCode"/> is the CAMEO event code
/// (e.g. "041" for a call), kept so the data interoperates with GDELT/ICEWS-style tools and used to
/// tell apart events of one type (a visit and a military drill are both "other"); null where CAMEO has no
/// code for the event (an appointment).
/// </summary>
/// <remarks><see cref="Provenance"/> says where values not read from the article came from ("date: known event ...").</remarks>
public sealed record ExtractedEvent(
    EventType Type,
    string? CameoCode,
    EventDate Date,
    string Title,
    string Summary,
    IReadOnlyList<EventParticipant> Participants,
    string? Location,
    IReadOnlyList<string> Topics,
    IReadOnlyList<Evidence> Evidence,
    double Confidence)
{
    public IReadOnlyList<string> Provenance { get; init; } = [];
}
