namespace Timeline.Training.Synthetic;

/// <summary>
/// Sentences we write ourselves to teach what the language says of any event, whatever its kind: "could", "plans to",
/// "did not", "whether" say that an event did not (yet) happen. Few annotated articles say so, and a model trained on
/// them alone leaves a plan for a report. Each sentence marks its trigger with [brackets]; no article text is used.
/// </summary>
internal static class SyntheticSentences
{
    /// <summary>A kind of event as the templates write it: the verb in base, past and participle form, and its type.</summary>
    public sealed record Frame(string Type, string Base, string Past, string Participle, bool Encounter);

    public static readonly IReadOnlyList<Frame> Frames =
    [
        new("meeting", "meet", "met", "met", true),
        new("meeting", "meet with", "met with", "met with", true),
        new("call", "speak by phone with", "spoke by phone with", "spoken by phone with", true),
        new("call", "hold a phone call with", "held a phone call with", "held a phone call with", true),
        new("talks", "hold talks with", "held talks with", "held talks with", true),
        new("sanction", "impose sanctions on", "imposed sanctions on", "imposed sanctions on", false),
        new("sanction", "sanction", "sanctioned", "sanctioned", false),
        new("tariff", "impose tariffs on", "imposed tariffs on", "imposed tariffs on", false),
        new("export_control", "restrict exports to", "restricted exports to", "restricted exports to", false),
        new("accusation", "accuse", "accused", "accused", false),
    ];

    /// <summary>
    /// Templates by factuality: {A} acts, {V} / {Past} / {Participle} is the verb, {B} the other party. A second event in
    /// ⟨angle brackets⟩ is done by {B} to {A}, with its own factuality after the '|' of the first field and no date.
    /// </summary>
    public static readonly IReadOnlyList<(string Factuality, string Template, string? Date)> Templates =
    [
        ("reported", "{A} [{Past}] {B} on Monday.", "on Monday"),
        ("reported", "{A} [{Past}] {B} in Beijing on Tuesday, officials said.", "on Tuesday"),
        ("reported", "On Friday, {A} [{Past}] {B}.", "On Friday"),
        ("reported", "{A} has [{Participle}] {B}, the ministry said on Sunday.", "on Sunday"),
        ("planned", "{A} plans to [{V}] {B} next month.", null),
        ("planned", "{A} is expected to [{V}] {B} soon.", null),
        ("planned", "{A} will [{V}] {B} next week.", null),
        ("planned", "{A} is scheduled to [{V}] {B} on Monday.", null),
        ("planned", "{A} hopes to [{V}] {B} later this year.", null),
        ("planned", "{A} is set to [{V}] {B} in the coming days.", null),
        ("hypothetical", "{A} could [{V}] {B}, analysts said.", null),
        ("hypothetical", "{A} may [{V}] {B} if talks fail.", null),
        ("hypothetical", "{A} might [{V}] {B} before the summit.", null),
        ("hypothetical", "It is unclear whether {A} [{Past}] {B}.", null),
        ("hypothetical", "If {A} [{Past}] {B}, markets would fall.", null),
        ("hypothetical", "{A} threatened to [{V}] {B}.", null),
        ("hypothetical", "Would {A} [{V}] {B}?", null),
        ("negated", "{A} did not [{V}] {B} on Monday.", null),
        ("negated", "{A} has never [{Participle}] {B}.", null),
        ("negated", "{A} refused to [{V}] {B}.", null),
        ("negated", "{A} declined to [{V}] {B}.", null),
        ("negated", "Officials denied that {A} [{Past}] {B}.", null),
        ("hypothetical", "A commentator wrote that \u201c{A} [{Past}] {B}\u201d without saying when.", null),
        ("hypothetical", "An analyst said \"{A} [{Past}] {B}\" in a podcast.", null),
        ("reported|reported", "{A} [{Past}] {B} on Monday, while {B} ⟨{Past}⟩ {A} the same day.", "on Monday"),
        ("reported|background", "{A} [{Past}] {B} on Thursday. Weeks earlier, {B} had ⟨{Participle}⟩ {A} without announcing it.", "on Thursday"),
    ];

    /// <summary>Pairs of parties: a US person and a Chinese person for encounters; an acting side and its target for acts.</summary>
    public static readonly IReadOnlyList<(string A, string AId, string B, string BId)> Encounters =
    [
        ("Secretary of State Antony Blinken", "antony-blinken", "Chinese Foreign Minister Wang Yi", "wang-yi"),
        ("Chinese Vice Premier He Lifeng", "he-lifeng", "Treasury Secretary Scott Bessent", "scott-bessent"),
    ];

    public static readonly IReadOnlyList<(string A, string AId, string B, string BId)> Acts =
    [
        ("China", "china", "the United States", "united-states"),
        ("The United States", "united-states", "China", "china"),
    ];
}
