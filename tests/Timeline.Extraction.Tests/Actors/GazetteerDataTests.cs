using System.Text.RegularExpressions;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Actors;

/// <summary>Sanity of the people data itself: names that point at one actor, and offices with one holder at a time.</summary>
public partial class GazetteerDataTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    private static IEnumerable<Actor> People => Gazetteer.Actors.Where(a => a.Kind == ActorKind.Person);

    [Fact]
    public void NoNameOrAliasBelongsToTwoActors()
    {
        var shared = Gazetteer.Actors
            .SelectMany(a => a.Aliases.Append(a.Name).Select(Normalize).Distinct().Select(name => (Name: name, a.Id)))
            .GroupBy(x => x.Name)
            .Where(g => g.Count() > 1)
            .Select(g => $"{g.Key}: {string.Join(", ", g.Select(x => x.Id))}")
            .ToList();
        Assert.Empty(shared);
    }

    [Fact]
    public void AliasesCarryNoMilitaryRankOrHonorific()
    {
        var ranked = People
            .SelectMany(a => a.Aliases.Where(alias => RankOrHonorific().IsMatch(alias)).Select(alias => $"{a.Id}: {alias}"))
            .ToList();
        Assert.Empty(ranked);
    }

    [Fact]
    public void EveryPersonBelongsToAKnownCountryOrInternationalBody()
    {
        var organizations = Gazetteer.Actors.Where(a => a.Kind == ActorKind.Organization).Select(a => a.Name).ToHashSet();
        var unknown = People
            .Where(a => Gazetteer.Country(a.Country!) is null && !organizations.Contains(a.Country!))
            .Select(a => $"{a.Id}: {a.Country}")
            .ToList();
        Assert.Empty(unknown);
    }

    [Fact]
    public void NoPersonHoldsTheSameTitleTwiceAtOnce()
    {
        var overlaps = People
            .SelectMany(a => a.Roles.GroupBy(r => r.Title).SelectMany(g => Overlaps(g.Select(r => (a.Id, r)))))
            .ToList();
        Assert.Empty(overlaps);
    }

    /// <summary>Offices one person holds at a time (acting holders included); a handover day may be both end and start.</summary>
    [Theory]
    [InlineData("President", "United States")]
    [InlineData("President", "China")]
    [InlineData("President", "Taiwan")]
    [InlineData("President", "South Korea")]
    [InlineData("Vice President", "United States")]
    [InlineData("Vice President", "China")]
    [InlineData("Vice President", "Taiwan")]
    [InlineData("Premier", "China")]
    [InlineData("Premier", "Taiwan")]
    [InlineData("Prime Minister", "Japan")]
    [InlineData("Secretary of State", "United States")]
    [InlineData("Deputy Secretary of State", "United States")]
    [InlineData("Secretary of Defense", "United States")]
    [InlineData("Secretary of the Treasury", "United States")]
    [InlineData("Secretary of Commerce", "United States")]
    [InlineData("Trade Representative", "United States")]
    [InlineData("National Security Adviser", "United States")]
    [InlineData("Chairman of the Joint Chiefs of Staff", "United States")]
    [InlineData("Commander of U.S. Indo-Pacific Command", "United States")]
    [InlineData("Ambassador to China", "United States")]
    [InlineData("Ambassador to the United States", "China")]
    [InlineData("Ambassador to the United Nations", "United States")]
    [InlineData("Ambassador to the United Nations", "China")]
    [InlineData("Speaker of the House", "United States")]
    [InlineData("Senate Majority Leader", "United States")]
    [InlineData("Chair of the House Select Committee on China", "United States")]
    [InlineData("State Department Spokesperson", "United States")]
    [InlineData("White House Press Secretary", "United States")]
    [InlineData("Foreign Minister", "China")]
    [InlineData("Foreign Minister", "Taiwan")]
    [InlineData("Minister of National Defense", "China")]
    [InlineData("Minister of Commerce", "China")]
    [InlineData("Minister of Finance", "China")]
    [InlineData("Governor of the People's Bank of China", "China")]
    [InlineData("Director of the Office of the Central Foreign Affairs Commission", "China")]
    [InlineData("Head of the International Department of the CPC Central Committee", "China")]
    [InlineData("Director of the Taiwan Affairs Office", "China")]
    [InlineData("Chairman of the NPC Standing Committee", "China")]
    [InlineData("Chairman of the CPPCC National Committee", "China")]
    public void ASingleSeatOfficeHasOneHolderAtATime(string title, string country)
    {
        var holders = People.Where(a => a.Country == country)
            .SelectMany(a => a.Roles.Where(r => r.Title == title).Select(r => (a.Id, r)))
            .ToList();
        Assert.NotEmpty(holders);
        Assert.Empty(Overlaps(holders));
    }

    private static IEnumerable<string> Overlaps(IEnumerable<(string Id, ActorRole Role)> holders)
    {
        var ordered = holders.OrderBy(x => x.Role.Start ?? DateOnly.MinValue).ToList();
        for (var i = 1; i < ordered.Count; i++)
        {
            var (previousId, previous) = ordered[i - 1];
            var (id, role) = ordered[i];
            if (previous.End is null || role.Start is null || previous.End > role.Start)
            {
                yield return $"{role.Title}: {previousId} ({previous.Start}..{previous.End}) overlaps {id} ({role.Start}..{role.End})";
            }
        }
    }

    // How the phrase matcher sees a name: case and abbreviation dots do not count.
    private static string Normalize(string name) =>
        string.Join(' ', name.ToLowerInvariant().Replace(".", " ").Split(' ', StringSplitOptions.RemoveEmptyEntries));

    [GeneratedRegex(@"^(Gen|General|Lt|Lieutenant|Maj|Major|Col|Colonel|Adm|Admiral|Vice Adm|Rear Adm|Mr|Ms|Mrs|Dr)\.?\s", RegexOptions.IgnoreCase)]
    private static partial Regex RankOrHonorific();
}
