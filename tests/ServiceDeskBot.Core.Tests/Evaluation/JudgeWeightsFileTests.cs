using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Evaluation;

namespace ServiceDeskBot.Core.Tests.Evaluation;

public sealed class JudgeWeightsFileTests : IDisposable
{
    private readonly string _directory = Directory.CreateTempSubdirectory("sdb-judge-weights-").FullName;

    private static JudgeWeights Fitted { get; } = new(-3.5, new Dictionary<string, double>(StringComparer.Ordinal)
    {
        [nameof(JudgeSignals.Coverage)] = 2.25,
        [nameof(JudgeSignals.WordCoverage)] = 1.5,
    });

    public void Dispose() => Directory.Delete(_directory, recursive: true);

    [Fact]
    public void Publish_without_write_leaves_the_weights_file_as_it_was()
    {
        var path = Path.Combine(_directory, "judge-weights.json");
        File.WriteAllText(path, "{\"bias\": -7, \"weights\": {}}\n");

        JudgeWeightsFile.Publish(Fitted, path, write: false);

        Assert.Equal("{\"bias\": -7, \"weights\": {}}\n", File.ReadAllText(path));
    }

    [Fact]
    public void Publish_without_write_prints_the_fit_and_the_file_it_would_replace()
    {
        var path = Path.Combine(_directory, "judge-weights.json");

        var printed = JudgeWeightsFile.Publish(Fitted, path, write: false);

        Assert.False(File.Exists(path));
        Assert.StartsWith(JudgeWeightsFile.Serialize(Fitted), printed, StringComparison.Ordinal);
        Assert.Contains("--write", printed, StringComparison.Ordinal);
        Assert.Contains(path, printed, StringComparison.Ordinal);
    }

    [Fact]
    public void Publish_with_write_replaces_the_weights_file_with_the_fit()
    {
        var path = Path.Combine(_directory, "judge-weights.json");
        File.WriteAllText(path, "{\"bias\": -7, \"weights\": {}}\n");

        var printed = JudgeWeightsFile.Publish(Fitted, path, write: true);

        var loaded = JudgeWeights.Load(path);
        Assert.Equal(-3.5, loaded.Bias);
        Assert.Equal(2.25, loaded.Weights[nameof(JudgeSignals.Coverage)]);
        Assert.Equal(1.5, loaded.Weights[nameof(JudgeSignals.WordCoverage)]);
        Assert.Contains(path, printed, StringComparison.Ordinal);
    }
}
