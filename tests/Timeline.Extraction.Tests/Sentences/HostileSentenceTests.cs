using Timeline.Extraction.Model;
using Timeline.Extraction.Sentences;
using Timeline.Extraction.Tests.Cleaning;
using Timeline.Testing;

namespace Timeline.Extraction.Tests.Sentences;

/// <summary>Text built to make sentence splitting slow: long runs of punctuation, thousands of captions.</summary>
public class HostileSentenceTests
{
    [Theory]
    [InlineData(".")]
    [InlineData("?")]
    [InlineData("!?")]
    [InlineData("…")]
    public void ARunOfAMillionTerminalPunctuationMarksSplitsInLinearTime(string mark)
    {
        var text = "Wang Yi met Antony Blinken" + string.Concat(Enumerable.Repeat(mark, 1_000_000 / mark.Length)) + " Then they left.";

        IReadOnlyList<Sentence> sentences = [];
        var processorTime = ThreadCpu.Measure(() => sentences = SentenceSplitter.Split(text, []));

        // Trying every mark of the run scanned the rest of the run each time: a million marks took hours.
        Assert.True(processorTime < TimeSpan.FromSeconds(2), $"took {processorTime} of processor time");
        Assert.StartsWith("Wang Yi met Antony Blinken", sentences[0].Text, StringComparison.Ordinal);
        Assert.Equal("Then they left.", sentences[^1].Text);
    }

    [Fact]
    public void ManyCaptionLinesAreMarkedInOnePass()
    {
        var lines = Enumerable.Range(0, 50_000).Select(i => $"Line {i} here.").ToList();
        var text = string.Join('\n', lines);
        var captions = new List<TextSpan>();
        var start = 0;
        for (var i = 0; i < lines.Count; i++)
        {
            if (i % 2 == 0)
            {
                captions.Add(new TextSpan(start, start + lines[i].Length));
            }

            start += lines[i].Length + 1;
        }

        IReadOnlyList<Sentence> sentences = [];
        var processorTime = ThreadCpu.Measure(() => sentences = SentenceSplitter.Split(text, captions));

        Assert.True(processorTime < TimeSpan.FromSeconds(2), $"took {processorTime} of processor time");
        Assert.Equal(Enumerable.Range(0, 50_000).Select(i => i % 2 == 0), sentences.Select(s => s.IsCaption));
    }

    [Fact]
    public void ATextWithoutFullStopsIsCutAtWhitespaceIntoPiecesNoLongerThanTheLongestSentenceAllowed()
    {
        var words = string.Join(' ', Enumerable.Range(0, 20_000).Select(i => $"word{i}"));

        var sentences = SentenceSplitter.Split(words, []);

        Assert.True(sentences.Count > 1);
        Assert.All(sentences, s => Assert.InRange(s.Text.Length, 1, SentenceSplitter.MaxSentenceLength));
        Assert.Equal(words.Split(' '), sentences.SelectMany(s => s.Text.Split(' ')));
        Assert.All(sentences, s => Assert.Equal(words[s.Start..s.End], s.Text));
    }

    [Fact]
    public void AWordLongerThanTheLimitIsCutAtTheLimit()
    {
        var sentences = SentenceSplitter.Split(new string('x', 5000), []);

        Assert.Equal([2000, 2000, 1000], sentences.Select(s => s.Text.Length));
    }
}
