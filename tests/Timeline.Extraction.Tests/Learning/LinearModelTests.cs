using Timeline.Extraction.Learning;

namespace Timeline.Extraction.Tests.Learning;

public sealed class LinearModelTests
{
    private static LinearModel Model() => new(
        "toy",
        ["no", "yes"],
        [0.5f, -0.5f],
        new Dictionary<string, float[]> { ["cue=will"] = [2f, -2f], ["form=Past"] = [-1f, 1f] });

    [Fact]
    public void ProbabilitiesAreASoftmaxOfTheBiasPlusTheWeightsOfTheFeaturesPresent()
    {
        var probabilities = Model().Probabilities(["form=Past"]);

        var yes = MathF.Exp(0.5f) / (MathF.Exp(0.5f) + MathF.Exp(-0.5f));
        Assert.Equal(yes, probabilities[1], 5);
        Assert.Equal(1f, probabilities.Sum(), 5);
    }

    [Fact]
    public void AFeatureTheModelNeverSawChangesNothing() =>
        Assert.Equal(Model().Probabilities([]), Model().Probabilities(["word=unseen"]));

    [Fact]
    public void TheMostProbableClassIsPredicted()
    {
        Assert.Equal("no", Model().Predict(["cue=will"]).Label);
        Assert.Equal("yes", Model().Predict(["form=Past", "form=Past"]).Label);
    }

    [Fact]
    public void AWrittenModelReadsBackWithTheSamePredictions()
    {
        using var text = new StringWriter();
        Model().Write(text);

        using var stream = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(text.ToString()));
        var read = LinearModel.Read(stream);

        Assert.Equal(Model().Probabilities(["cue=will", "form=Past"]), read.Probabilities(["cue=will", "form=Past"]));
        Assert.Equal(["cue=will", "form=Past"], read.FeatureNames.Order());
    }

    [Fact]
    public void AWeightVectorThatDoesNotMatchTheClassesIsRefused() =>
        Assert.Throws<ArgumentException>(() => new LinearModel("bad", ["a", "b"], [0f, 0f], new Dictionary<string, float[]> { ["f"] = [1f] }));

    [Fact]
    public void TheCommittedModelsLoadAndCoverEveryDecision()
    {
        var models = ExtractionModels.Default;

        Assert.Contains("none", models.Type.Classes);
        Assert.Equal(["reported", "announced", "planned", "negated", "hypothetical", "background"], models.Factuality.Classes);
        Assert.Equal(["agent", "counterpart", "target", "other"], models.Role.Classes);
        Assert.Equal(["no", "yes"], models.Date.Classes);
        Assert.All(models.All, model => Assert.NotEmpty(model.FeatureNames));
    }
}
