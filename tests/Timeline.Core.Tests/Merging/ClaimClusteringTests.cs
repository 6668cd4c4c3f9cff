using Timeline.Extraction.Model;
using static Timeline.Core.Tests.Merging.Claims;

namespace Timeline.Core.Tests.Merging;

/// <summary>
/// Each claim is written "label:date:persons" (date "-" for undated, persons joined by "+"); the first letter
/// of the label names the article. Expected groups are written as labels, groups separated by " | ".
/// </summary>
public sealed class ClaimClusteringTests
{
    public static TheoryData<string, string, string> Cases => new()
    {
        {
            "coarse claims join the day report they both agree with, though they disagree with each other",
            "A:2025-05:he-lifeng, B:2025-05-10:scott-bessent+jamieson-greer+he-lifeng, C:2025-05:scott-bessent",
            "ABC"
        },
        {
            "a month report compatible with two calls joins the earlier one",
            "A:2025-07-11:wang-yi+marco-rubio, B:2025-07-18:wang-yi+marco-rubio, C:2025-07:wang-yi",
            "AC | B"
        },
        {
            "day reports link singly within the one day of slack",
            "A:2025-07-11:wang-yi, B:2025-07-12:wang-yi, C:2025-07-13:wang-yi",
            "ABC"
        },
        {
            "day reports two days apart stay apart",
            "A:2025-07-11:wang-yi, B:2025-07-13:wang-yi",
            "A | B"
        },
        {
            "one article never puts two claims into one group",
            "A1:2025-07-11:wang-yi, A2:2025-07-12:wang-yi, B:2025-07-11:wang-yi",
            "A1B | A2"
        },
        {
            "a month report whose article already sits in the day event stays apart",
            "A1:2025-07-11:wang-yi, A2:2025-07:wang-yi, B:2025-07-11:wang-yi",
            "A1B | A2"
        },
        {
            "a month report that disagrees with one member of a day event does not join it",
            "A:2025-07-11:wang-yi+marco-rubio, B:2025-07-11:wang-yi, C:2025-07:marco-rubio",
            "AB | C"
        },
        {
            "coarse reports without a day event group among themselves",
            "A:2025-07:wang-yi, B:2025-07:wang-yi+marco-rubio, C:2025-08:he-lifeng",
            "AB | C"
        },
        {
            "a meeting dated only to the year joins no finer report, even of the same people",
            "A:2025-07:wang-yi+marco-rubio, B:2025:wang-yi+marco-rubio, C:2025:wang-yi+marco-rubio",
            "A | BC"
        },
        {
            "undated reports only group with undated reports",
            "A:-:wang-yi, B:-:wang-yi, C:2025-07-11:wang-yi",
            "AB | C"
        },
        {
            "a coarse report naming one person does not chain two coarse meetings with different counterparts",
            "A:2025-05:ma-zhaoxu+david-perdue, B:2025-05:david-perdue, C:2025-06:wang-yi+david-perdue",
            "AB | C"
        },
        {
            "months side by side are not within the slack meant for time zones",
            "A:2025-05:david-perdue, B:2025-06:david-perdue",
            "A | B"
        },
        {
            "different people on the same day stay apart",
            "A:2025-07-11:wang-yi+marco-rubio, B:2025-07-11:wang-yi+janet-yellen",
            "A | B"
        },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void ClaimsGroupAsExpected(string rule, string claims, string expected) =>
        Assert.True(Describe(Parse(claims)) == expected, $"{rule}: expected {expected}, got {Describe(Parse(claims))}");

    [Theory]
    [MemberData(nameof(Cases))]
    public void EveryOrderOfTheClaimsGivesTheSameGroups(string rule, string claims, string expected)
    {
        foreach (var order in Permutations(Parse(claims)))
        {
            Assert.True(Describe(order) == expected, $"{rule}: order {string.Join(",", order.Select(c => c.Label))} gave {Describe(order)}");
        }
    }

    private sealed record Labelled(string Label, KeyedClaim Keyed);

    private static List<Labelled> Parse(string claims) => claims
        .Split(',', StringSplitOptions.TrimEntries)
        .Select(text =>
        {
            var parts = text.Split(':');
            var date = EventDate.TryParse(parts[1], out var d) ? d : null;
            var persons = parts[2].Split('+').Select(p => new ClaimActor(p, "person", null)).ToList();
            return new Labelled(parts[0], new KeyedClaim($"url:{parts[0][0]}", new Claim("talks", "043", date, null, persons, "t", "s", 0.5, [])));
        })
        .ToList();

    private static string Describe(IReadOnlyList<Labelled> claims) => string.Join(" | ", ClaimClustering
        .Cluster(claims.Select(c => c.Keyed).ToList(), Judge)
        .Select(group => string.Concat(group.Select(i => claims[i].Label).Order(StringComparer.Ordinal)))
        .Order(StringComparer.Ordinal));

    private static IEnumerable<List<Labelled>> Permutations(List<Labelled> items) => items.Count <= 1
        ? [items]
        : items.SelectMany((item, i) => Permutations(items.Where((_, j) => j != i).ToList()).Select(rest => rest.Prepend(item).ToList()));
}
