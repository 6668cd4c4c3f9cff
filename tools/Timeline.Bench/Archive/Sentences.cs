namespace Timeline.Bench.Archive;

/// <summary>The sentence that reports a story, in a few wordings per kind; {D} is where the date phrase goes.</summary>
public static class Sentences
{
    public static string Report(Story story, int variant)
    {
        var s = story.Subject.Introduced;
        var o = story.Counterpart?.Introduced;
        var china = story.Subject.Country == "China";
        var other = china ? "the United States" : "China";
        string[] wordings = story.Kind switch
        {
            StoryKind.Call =>
            [
                $"{s} held a phone call with {o} {{D}}, the two sides said.",
                $"{s} spoke by phone with {o} {{D}}.",
                $"{s} and {o} held a phone call {{D}} to discuss trade and security.",
            ],
            StoryKind.Meeting =>
            [
                $"{s} met with {o} in {story.City} {{D}}.",
                $"{s} held talks with {o} in {story.City} {{D}}.",
                $"{o} met {s} in {story.City} {{D}}, officials said.",
            ],
            StoryKind.Talks =>
            [
                $"{s} and {o} held trade negotiations in {story.City} {{D}}.",
                $"Negotiators led by {s} and {o} opened two days of trade talks in {story.City} {{D}}.",
            ],
            StoryKind.Agreement =>
            [
                $"{s} and {o} signed an agreement on agricultural purchases {{D}}.",
                $"{s} and {o} agreed {{D}} to expand student exchanges.",
            ],
            StoryKind.Statement =>
            [
                $"{s} issued a statement {{D}} urging {other} to respect the principle of mutual respect.",
                $"{s} declared {{D}} that {(china ? "China" : "the United States")} would defend its interests.",
            ],
            StoryKind.Accusation =>
            [
                $"{s} accused {other} of undermining regional stability {{D}}.",
                $"{s} criticized {other} {{D}} over its treatment of foreign journalists.",
            ],
            StoryKind.Tariff => china
                ? [$"China imposed tariffs on American soybeans and pork {{D}}, {s} said."]
                : [$"The United States imposed tariffs on Chinese steel and aluminum {{D}}, {s} said."],
            StoryKind.ExportControl => china
                ? [$"China imposed export controls on gallium and germanium {{D}}, {s} said."]
                : [$"The Commerce Department added 14 Chinese technology companies to its entity list {{D}}, {s} said."],
            StoryKind.Sanction => china
                ? [$"China imposed sanctions on seven American defense contractors {{D}}, {s} said."]
                : [$"The Treasury Department imposed sanctions on six Chinese officials {{D}}, {s} said."],
            _ => throw new ArgumentOutOfRangeException(nameof(story)),
        };
        return wordings[variant % wordings.Length];
    }

    public static string Headline(Story story) => story.Kind switch
    {
        StoryKind.Call => $"{story.Subject.Surname} and {story.Counterpart!.Surname} hold phone call",
        StoryKind.Meeting => $"{story.Subject.Surname} meets {story.Counterpart!.Surname} in {story.City}",
        StoryKind.Talks => $"Trade negotiators gather in {story.City}",
        StoryKind.Agreement => $"{story.Subject.Surname} and {story.Counterpart!.Surname} sign deal",
        StoryKind.Statement => $"{story.Subject.Surname} sets out position",
        StoryKind.Accusation => $"{story.Subject.Surname} criticizes {(story.Subject.Country == "China" ? "Washington" : "Beijing")}",
        StoryKind.Tariff => "New tariffs announced",
        StoryKind.ExportControl => "New export rules announced",
        _ => "New sanctions announced",
    };

    /// <summary>Sentences without trigger words, so they add length and realism but no events.</summary>
    public static readonly string[] Filler =
    [
        "Relations between Beijing and Washington have been strained for several years.",
        "Analysts in both capitals said the outcome remained uncertain.",
        "Markets in Shanghai and New York were little changed on the news.",
        "The two governments have long differed on technology, Taiwan and human rights.",
        "Officials did not give further details.",
        "Business groups on both sides have urged a more predictable relationship.",
        "Exporters of soybeans and semiconductors are watching closely.",
        "Chinese state media gave the news prominent coverage.",
        "Shares of major chip makers rose slightly in early trading.",
        "The yuan traded little changed against the dollar.",
        "Diplomats described the tone as candid and constructive.",
        "A spokesperson for the embassy declined to comment further.",
        "The issue has featured prominently in congressional hearings.",
        "Foreign companies operating in China have reported a tougher business climate.",
        "Shipping volumes across the Pacific have recovered only slowly.",
        "Farmers in the Midwest rely heavily on Chinese buyers.",
        "Students and researchers have faced longer waits for visas.",
        "Both economies remain deeply intertwined despite the frictions.",
        "The announcement drew a muted reaction from investors.",
        "Observers noted the careful wording of the readouts.",
    ];
}
