namespace Timeline.Extraction.Tests.Events;

/// <summary>Titles say what happened in the text's own words, and end where a phrase ends.</summary>
public sealed class EventTitleTests
{
    [Fact]
    public void AStatementWhoseWordsComeBeforeTheSpeakerIsTitledWithThoseWords()
    {
        const string text = Extracting.Opening + "\"China once again urges the US government to stop arms sales to Taiwan and sever military ties with the island,\" "
            + "Foreign Ministry spokesperson Wang Wenbin told reporters on Monday.";

        var statement = Assert.Single(Extracting.Events(text, "2022-02-22"), e => e.Type == Model.EventType.Statement);

        Assert.StartsWith("Wang Wenbin: China once again urges the US government to stop arms sales to Taiwan", statement.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void ATitleCutAtItsLengthLimitRunsOnToTheEndOfItsPhrase()
    {
        const string text = Extracting.Opening + "On Tuesday China rejected the idea that it is trying to change the status quo and blamed recent tensions "
            + "on growing US support for Taiwan.";

        var accusation = Assert.Single(Extracting.Events(text, "2023-04-11"));

        Assert.Equal("China rejected the idea that it is trying to change the status quo and blamed recent tensions", accusation.Title);
    }

    [Fact]
    public void ATitleWithoutAnActorEndsAtAPhraseBoundaryAndLeavesTheDateOut()
    {
        const string text = Extracting.Opening + "The fees, which went into effect on Oct. 14, followed an investigation begun under the Biden administration "
            + "that found China used unfair trade practices.";

        var fees = Assert.Single(Extracting.Events(text, "2025-11-01"));

        Assert.Equal("The fees, which went into effect, followed an investigation begun under the Biden administration", fees.Title);
    }
}
