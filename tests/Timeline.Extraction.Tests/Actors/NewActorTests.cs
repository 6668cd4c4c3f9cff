using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Actors;

public class NewActorTests
{
    [Theory]
    [InlineData("U.S. Under Secretary of Commerce Jane Doerr announced the rule.", "Jane Doerr", "jane-doerr", "United States")]
    [InlineData("Under Secretary of Commerce for Industry and Security Maria Ortelli said the rule was final.", "Maria Ortelli", "maria-ortelli", "United States")]
    [InlineData("Chinese Vice Minister of Commerce Zhou Minghao met the delegation.", "Zhou Minghao", "zhou-minghao", "China")]
    [InlineData("US Ambassador Robert Kellerman spoke.", "Robert Kellerman", "robert-kellerman", "United States")]
    public void APersonWithAnOfficialTitleMissingFromTheGazetteerBecomesANewActor(string text, string name, string id, string country)
    {
        var mention = Assert.Single(MentionHelper.Find(text, "2024-01-10"));
        Assert.Equal(name, mention.Surface);
        Assert.Equal(id, mention.Actor.Id);
        Assert.Equal(ActorKind.Person, mention.Actor.Kind);
        Assert.Equal(country, mention.Actor.Country);
        Assert.NotNull(mention.Title);
    }

    [Fact]
    public void ANewActorIsRecognizedAgainByItsSurname()
    {
        var mentions = MentionHelper.Find("Chinese Vice Minister of Commerce Zhou Minghao met the delegation.\nZhou said the talks were useful.");
        Assert.Equal(["zhou-minghao", "zhou-minghao"], mentions.Select(m => m.Actor.Id));
        Assert.Same(mentions[0].Actor, mentions[1].Actor);
    }

    [Fact]
    public void AServiceAndARankBeforeANameAreNotAPerson()
    {
        var mentions = MentionHelper.Find("Pentagon Press Secretary Air Force Maj. Gen. Jane Holloway said the talks were useful.", "2024-04-18");

        Assert.DoesNotContain(mentions, m => m.Surface.Contains("Force", StringComparison.Ordinal) || m.Surface.Contains("Maj", StringComparison.Ordinal));
    }

    [Fact]
    public void AnAnalystWithoutAnOfficialTitleIsNotAnActor()
    {
        var mentions = MentionHelper.Find("Dan Wang, China director at Eurasia Group, said the call was useful.");
        Assert.DoesNotContain(mentions, m => m.Actor.Kind == ActorKind.Person);
    }

    [Fact]
    public void AnInstitutionAtTheEndOfALongTitleIsNotAPerson()
    {
        var text = "Wang Yi, director of the Office of the Foreign Affairs Commission of the Communist Party of China Central Committee, spoke.";
        Assert.DoesNotContain(MentionHelper.Find(text, "2023-06-19"), m => m.Actor.Id == "central-committee");
    }

    [Fact]
    public void AKnownNameAfterALongTitleAndACommaTakesThatTitle()
    {
        var mention = Assert.Single(
            MentionHelper.Find("The Undersecretary of State of the United States, Christopher Landau, spoke.", "2025-05-23"),
            m => m.Actor.Kind == ActorKind.Person);
        Assert.Equal("christopher-landau", mention.Actor.Id);
        Assert.Equal("Undersecretary of State of the United States", mention.Title);
    }
}
