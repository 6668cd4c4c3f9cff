using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>
/// Which words a written date belongs to, and the precision it is kept at: behaviours of the learned stage, held to a
/// share in BehaviourChecklistTests.
/// </summary>
public static class EventDatingTests
{
    public static TheoryData<string, string, string, string[]> DatesBeforeAComma => new()
    {
        // sentence, published, the meeting's date, who met
        {
            "Secretary of State Antony Blinken met Chinese President Xi Jinping in Beijing on Monday, the highest-level American visit to China in years.",
            "2023-06-21", "2023-06-19", ["antony-blinken", "xi-jinping"]
        },
        {
            "Chinese Foreign Minister Qin Gang met Secretary of State Antony Blinken in Beijing on Sunday, the first visit by a top U.S. diplomat in five years.",
            "2023-06-21", "2023-06-18", ["qin-gang", "antony-blinken"]
        },
        {
            "Commerce Secretary Gina Raimondo met Chinese Commerce Minister Wang Wentao in Beijing on Tuesday, a rare visit by a cabinet member.",
            "2024-06-14", "2024-06-11", ["gina-raimondo", "wang-wentao"]
        },
    };

    /// <summary>Plans and expectations: no event.</summary>
    public static readonly string[] FutureOrPlanned = [
        "President Donald Trump will meet Chinese President Xi Jinping in South Korea next week.",
        "Treasury Secretary Scott Bessent and Vice Premier He Lifeng are set to hold talks in Kuala Lumpur this weekend.",
        "Officials are preparing for the upcoming meeting between Trump and Xi Jinping in Busan.",
        "Secretary of State Marco Rubio is scheduled to meet Chinese Foreign Minister Wang Yi on Monday.",
        "Secretary of State Marco Rubio and Chinese Foreign Minister Wang Yi are expected to hold talks in Kuala Lumpur.",
    ];

    public static TheoryData<string, EventType, string> MonthOnlyDates => new()
    {
        // sentence (published 2024-06-14), type, the month it must stay at
        { "The Commerce Department imposed export controls on Chinese chipmakers in April.", EventType.ExportControl, "2024-04" },
        { "Chinese Foreign Minister Wang Yi met Secretary of State Antony Blinken in March 2023 in New Delhi.", EventType.Meeting, "2023-03" },
        // A known meeting on Feb. 16 does not lend its day to a report that gives only the month.
        { "Secretary of State Antony Blinken met Chinese Foreign Minister Wang Yi in Munich in February.", EventType.Meeting, "2024-02" },
    };

}
