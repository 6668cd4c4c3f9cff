using Timeline.Extraction.Actors;
using Timeline.Extraction.Model;

namespace Timeline.Extraction.Tests.Actors;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = Gazetteer.Default;

    [Fact]
    public void GazetteerHoldsAtLeast150People()
    {
        Assert.True(Gazetteer.Actors.Count(a => a.Kind == ActorKind.Person) >= 150);
    }

    [Fact]
    public void ActorIdsAreUniqueSlugs()
    {
        var ids = Gazetteer.Actors.Select(a => a.Id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
        Assert.All(ids, id => Assert.Matches("^[a-z0-9]+(-[a-z0-9]+)*$", id));
    }

    [Fact]
    public void EveryRoleStartsBeforeItEnds()
    {
        var roles = Gazetteer.Actors.SelectMany(a => a.Roles.Select(r => (a.Id, r)));
        Assert.All(roles, x => Assert.True(x.r.Start is null || x.r.End is null || x.r.Start <= x.r.End, $"{x.Id}: {x.r}"));
    }

    [Fact]
    public void EveryPersonHasACountryAndARole()
    {
        Assert.All(Gazetteer.Actors.Where(a => a.Kind == ActorKind.Person), a =>
        {
            Assert.False(string.IsNullOrEmpty(a.Country), a.Id);
            Assert.NotEmpty(a.Roles);
        });
    }

    [Fact]
    public void EveryAliasAndNameResolvesToItsOwnActor()
    {
        var failures = Gazetteer.Actors
            .SelectMany(a => a.Aliases.Append(a.Name).Select(alias => (a.Id, Alias: alias)))
            .Where(x => MentionHelper.Find(x.Alias).FirstOrDefault()?.Actor.Id != x.Id)
            .Select(x => $"{x.Alias} -> {MentionHelper.Find(x.Alias).FirstOrDefault()?.Actor.Id ?? "nothing"} (want {x.Id})")
            .ToList();
        Assert.Empty(failures);
    }

    [Theory]
    [InlineData("wang-yi", "Wang Yi")]
    [InlineData("antony-blinken", "Antony Blinken")]
    [InlineData("united-states", "United States")]
    [InlineData("mofcom", "Ministry of Commerce of China")]
    public void FindByIdReturnsTheCanonicalName(string id, string name)
    {
        Assert.Equal(name, Gazetteer.FindById(id)?.Name);
    }

    [Theory]
    [InlineData("United States", "united-states")]
    [InlineData("China", "china")]
    [InlineData("Taiwan", "taiwan")]
    public void CountryLooksUpByCanonicalName(string name, string id)
    {
        var country = Gazetteer.Country(name);
        Assert.Equal(id, country?.Id);
        Assert.Equal(ActorKind.Country, country?.Kind);
    }

    [Fact]
    public void UnknownIdsAndCountriesAreNull()
    {
        Assert.Null(Gazetteer.FindById("no-such-person"));
        Assert.Null(Gazetteer.Country("Atlantis"));
    }

    [Fact]
    public void WangYiWasForeignMinisterTwiceWithQinGangBetween()
    {
        var wang = Gazetteer.FindById("wang-yi")!;
        var qin = Gazetteer.FindById("qin-gang")!;
        bool Minister(Actor a, string day) => a.Roles.Any(r => r.Title == "Foreign Minister" && r.HeldOn(DateOnly.Parse(day)));
        Assert.True(Minister(wang, "2022-06-01"));
        Assert.True(Minister(qin, "2023-03-15"));
        Assert.False(Minister(wang, "2023-03-15"));
        Assert.True(Minister(wang, "2024-06-01"));
    }
}
