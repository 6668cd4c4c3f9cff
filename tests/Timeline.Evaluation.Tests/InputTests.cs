using Timeline.Evaluation.Cli;
using Timeline.Evaluation.Gold;

namespace Timeline.Evaluation.Tests;

public class InputTests
{
    private const string Annotated = """
        {"article":{"url":null,"title":null,"publisher":null,"publishedAt":"2022-11-02","language":"en","text":"t"},
         "exhaustive":true,
         "expectedEvents":[{"key":"k","date":"DATE","type":"call","participants":["A"],"required":true}]}
        """;

    [Fact]
    public void AnAnnotatedFileIsReadWithToleranceDefaultingToZero()
    {
        var file = GoldLoader.Parse(Annotated.Replace("DATE", "2022-10-31"), "/x/dev", "dev/a.json");
        var gold = Assert.Single(file.ExpectedEvents);
        Assert.Equal(0, gold.ToleranceDays);
        Assert.True(file.Exhaustive);
        Assert.Equal("dev/a.json", file.Name);
    }

    [Fact]
    public void AnAnnotatedFileWithAnInvalidDateIsRejected() =>
        Assert.Throws<InvalidDataException>(() => GoldLoader.Parse(Annotated.Replace("DATE", "Oct 31"), "/x", "a.json"));

    [Fact]
    public void TheCommandLineNeedsAnApiAKeyAndAFolder()
    {
        var (options, error) = EvaluationOptions.Parse(["--api", "http://127.0.0.1:5000", "--key", "k", "--verbose", "--json", "o.json", "seeds", "dev"]);
        Assert.Null(error);
        Assert.Equal(new Uri("http://127.0.0.1:5000/"), options!.Api);
        Assert.True(options.Verbose);
        Assert.Equal("o.json", options.JsonPath);
        Assert.Equal(["seeds", "dev"], options.Folders);

        Assert.NotNull(EvaluationOptions.Parse(["--api", "http://h", "--key", "k"]).Error);
        Assert.NotNull(EvaluationOptions.Parse(["--key", "k", "seeds"]).Error);
        Assert.NotNull(EvaluationOptions.Parse(["--api", "http://h", "seeds"]).Error);
    }

    [Theory]
    [InlineData("../annotations/eval/dev", "dev")]
    [InlineData("/srv/annotations/seeds/", "seeds")]
    public void AFolderIsNamedInReportsByItsOwnName(string folder, string label) =>
        Assert.Equal(label, GoldLoader.FolderLabel(folder));
}
