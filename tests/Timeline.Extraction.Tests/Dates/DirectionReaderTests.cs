using Timeline.Extraction.Dates;

namespace Timeline.Extraction.Tests.Dates;

public class DirectionReaderTests
{
    private static TemporalDirection Read(string sentence, string expression)
    {
        var found = Assert.Single(TemporalExpressionFinder.Find(sentence), e => e.Text == expression);
        return DirectionReader.Read(sentence, found);
    }

    [Theory]
    [InlineData("The two envoys will meet on March 12 in Rome.", "March 12")]
    [InlineData("The delegation is to arrive on Thursday.", "on Thursday")]
    [InlineData("The tariffs are due to take effect on April 1.", "April 1")]
    [InlineData("The ministers are scheduled to talk by phone on Friday.", "on Friday")]
    [InlineData("The vote is expected to take place in June.", "in June")]
    [InlineData("The company plans to open the plant in September.", "in September")]
    [InlineData("The hearing is set for Tuesday, a spokesman said.", "Tuesday")]
    [InlineData("The summit will be held on May 3, officials said.", "May 3")]
    [InlineData("They'll sign the accord on Monday.", "on Monday")]
    [InlineData("On Thursday, the two sides will resume talks.", "On Thursday")]
    [InlineData("Negotiators are meeting on Saturday in Geneva.", "on Saturday")]
    [InlineData("The upcoming talks on June 5 draw attention.", "June 5")]
    [InlineData("The ministry said on Monday that both sides will meet on Thursday.", "on Thursday")]
    [InlineData("The new rules take effect March 1.", "March 1")]
    public void FutureCuesPlaceADateAhead(string sentence, string expression)
    {
        Assert.Equal(TemporalDirection.Future, Read(sentence, expression));
    }

    [Theory]
    [InlineData("The two envoys met on March 12 in Rome.", "March 12")]
    [InlineData("The ministry said on Monday it will retaliate.", "on Monday")]
    [InlineData("Beijing will retaliate, the ministry said Monday.", "Monday")]
    [InlineData("The ministry said on Monday that both sides will meet on Thursday.", "on Monday")]
    [InlineData("The talks were held in June after months of delay.", "in June")]
    [InlineData("The summit was held on May 3 in the capital.", "May 3")]
    [InlineData("Tariffs had risen sharply in September.", "in September")]
    [InlineData("The firm has been barred since April from buying chips.", "since April")]
    [InlineData("On Thursday, the two sides signed the accord.", "On Thursday")]
    [InlineData("The delegation, which arrived on Sunday, will meet the premier.", "on Sunday")]
    [InlineData("Officials spoke by phone on Tuesday about the ban.", "on Tuesday")]
    public void PastTenseAndReportingPlaceADateBehind(string sentence, string expression)
    {
        Assert.Equal(TemporalDirection.Past, Read(sentence, expression));
    }

    [Theory]
    [InlineData("Trade talks in Geneva on Friday.", "on Friday")]
    [InlineData("The March 12 deadline for the truce.", "March 12")]
    [InlineData("The detained man is a citizen, since April.", "since April")]
    [InlineData("He said the talks, which began on Monday, would end by Friday.", "Friday")]
    public void AClauseWithoutTenseOrCueIsUnknown(string sentence, string expression)
    {
        Assert.Equal(TemporalDirection.Unknown, Read(sentence, expression));
    }
}
