using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Events;

/// <summary>Who acts in an act, and who only undergoes it or is described by it.</summary>
public sealed class ActSideTests
{
    [Fact]
    public void WhoFacesSanctionsIsTheirTargetAndWhoAnnouncesThemActs()
    {
        var text = Extracting.Opening
            + "The Chinese Ministry of Foreign Affairs announced on Friday that 20 US defense firms will face sanctions over arms sales to Taiwan.";

        var sanction = Assert.Single(Extracting.Events(text, "2025-12-27"), e => e.Type == EventType.Sanction);

        Assert.Contains(sanction.Participants, p => p.Actor.Id == "china" && p.Acts);
        Assert.DoesNotContain(sanction.Participants, p => p.Actor.Id == "united-states" && p.Acts);
    }

    [Fact]
    public void AParticipleAfterADeterminerDescribesTheActToldBeforeAndIsNoActOfItsOwn()
    {
        var text = "China imposed sanctions on US defense companies on Friday over arms sales to Taiwan, the foreign ministry said. "
            + "Beijing called the arms sales a provocation. "
            + "Officials spoke of a firm response. "
            + "The sanctioned companies include Boeing's St. Louis branch and Northrop Grumman.";

        var sanctions = Extracting.Events(text, "2025-12-27").Where(e => e.Type == EventType.Sanction).ToList();

        var sanction = Assert.Single(sanctions);
        Assert.Contains(sanction.Participants, p => p.Actor.Id == "china" && p.Acts);
    }
}
