using Timeline.Extraction.Places;

namespace Timeline.Extraction.Tests.Places;

public class PlaceFinderTests
{
    [Theory]
    [InlineData("They met at the Great Hall of the People.", "Beijing", "the Great Hall of the People")]
    [InlineData("Talks were held in Zhongnanhai.", "Beijing", "Zhongnanhai")]
    [InlineData("He welcomed her to the White House.", "Washington", "the White House")]
    [InlineData("The two sides met in Geneva, Switzerland, for two days.", "Geneva", "Geneva, Switzerland")]
    [InlineData("Ships sailed through the Taiwan Strait.", "Taiwan Strait", "the Taiwan Strait")]
    [InlineData("The leaders met at the Filoli estate in Woodside.", "Woodside", "the Filoli estate")]
    [InlineData("They dined at Mar-a-Lago.", "Palm Beach", "Mar-a-Lago")]
    [InlineData("Negotiators gathered in Kuala Lumpur.", "Kuala Lumpur", "Kuala Lumpur")]
    public void VenuesAndCitiesResolveToTheirCanonicalCity(string text, string name, string surface)
    {
        var place = PlaceFinder.Find(text)[0];
        Assert.Equal(name, place.Name);
        Assert.Equal(surface, text[place.Start..place.End]);
    }

    [Fact]
    public void PlacesComeInTextOrder()
    {
        var places = PlaceFinder.Find("After Bali and San Francisco, the leaders met in Busan.");
        Assert.Equal(["Bali", "San Francisco", "Busan"], places.Select(p => p.Name));
    }

    [Theory]
    [InlineData("The Washington Post said so.")]
    [InlineData("He ordered a rome apple in a geneva bar.")]
    [InlineData("No place is named here.")]
    public void NewspapersAndLowercaseWordsAreNotPlaces(string text)
    {
        Assert.Empty(PlaceFinder.Find(text));
    }
}
