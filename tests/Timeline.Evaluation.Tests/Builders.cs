using Timeline.Evaluation.Gold;
using Timeline.Evaluation.Scoring;
using Timeline.Evaluation.Service;

namespace Timeline.Evaluation.Tests;

/// <summary>Small constructors so each test states only what it is about.</summary>
internal static class Builders
{
    public static GoldEvent Expected(
        string key = "k",
        string date = "2022-10-31",
        string type = "call",
        string[]? participants = null,
        int tolerance = 0,
        bool required = true) =>
        new(key, date, tolerance, type, participants ?? ["Wang Yi", "Antony Blinken"], null, required, null);

    public static SystemEvent Extracted(
        string id = "e1",
        string? date = "2022-10-31",
        string? type = "call",
        params string[] participants) =>
        new(id, date, null, type, $"event {id}",
            (participants.Length == 0 ? ["Wang Yi", "Antony Blinken"] : participants)
                .Select(name => new SystemParticipant(null, name, "person")).ToList(),
            null,
            [new SystemSource("a1", null, $"evidence of {id}")]);

    public static FileOutcome File(string name, bool exhaustive, GoldEvent[] golds, params SystemEvent[] events) =>
        new(new GoldFile(new GoldArticle(null, null, null, null, "en", "text"), exhaustive, golds) { Name = name, Folder = "f" },
            "article-" + name,
            events);
}
