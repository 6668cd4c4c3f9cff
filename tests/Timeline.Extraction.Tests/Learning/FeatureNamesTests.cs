using System.Text.RegularExpressions;
using Timeline.Extraction.Actors;
using Timeline.Extraction.Events.Features;
using Timeline.Extraction.Learning;
using Timeline.Extraction.Model;
using Timeline.Extraction.Text;

namespace Timeline.Extraction.Tests.Learning;

/// <summary>Names are how a model memorises the articles it was trained on: no feature may name a person or a company.</summary>
public sealed partial class FeatureNamesTests
{
    /// <summary>The words of every person's name and alias, and the single-word names of bodies (companies: "Huawei").</summary>
    private static HashSet<string> NameWords() =>
        Gazetteer.Default.Actors
            .Where(a => a.Kind == ActorKind.Person)
            .SelectMany(a => a.Aliases.Append(a.Name))
            .SelectMany(name => Words().Split(name))
            .Concat(Gazetteer.Default.Actors.Where(a => a.Kind == ActorKind.Organization).SelectMany(a => a.Aliases.Append(a.Name)).Where(n => !n.Contains(' ')))
            .Where(word => word.Length >= 3)
            .Select(word => word.ToLowerInvariant())
            .ToHashSet(StringComparer.Ordinal);

    [Fact]
    public void NoFeatureOfTheTrainedModelsNamesAPersonOrACompanyOfTheGazetteer()
    {
        var names = NameWords();

        var named = ExtractionModels.Default.All
            .SelectMany(model => model.FeatureNames.Select(feature => (Model: model.Name, Feature: feature)))
            .Where(f => Words().Split(f.Feature.ToLowerInvariant()).Any(names.Contains))
            .Select(f => $"{f.Model}: {f.Feature}")
            .ToList();

        Assert.Empty(named);
        Assert.Contains("wang", names);
        Assert.Contains("huawei", names);
    }

    [Theory]
    [InlineData("Zhangsan Lisi met Wang Yi.", 0)]
    [InlineData("The envoy met Qilin Dorje on Monday.", 3)]
    public void AWordTheActorStageDidNotKnowIsDescribedByItsShapeNotItsSpelling(string sentence, int token)
    {
        var document = Document.FromLines(sentence);
        var facts = new Timeline.Extraction.Events.Reading.SentenceFacts(0, document.Sentences[0], document.TokensOf(0), [], [], [], [], [], false, false);

        Assert.Equal("<cap>", Context.At(facts, token));
    }

    [GeneratedRegex("[^A-Za-z]+")]
    private static partial Regex Words();
}
