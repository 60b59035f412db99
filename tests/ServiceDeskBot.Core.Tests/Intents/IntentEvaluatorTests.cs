using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

[Collection(SharedTrainedIntentModel.Name)]
public sealed class IntentEvaluatorTests(TrainedIntentModelFixture fixture)
{
    [Fact]
    public void Held_out_accuracy_on_a_stratified_split_is_at_least_ninety_percent()
    {
        var report = fixture.DefaultSplitReport;

        Assert.True(report.Accuracy >= 0.9, report.Format());
    }

    [Fact]
    public void Split_holds_out_about_a_fifth_of_every_label()
    {
        var report = fixture.DefaultSplitReport;

        foreach (var label in IntentLabels.All)
        {
            var total = fixture.TrainingSet.Utterances.Count(u => u.Label == label);
            var heldOut = IntentLabels.All.Sum(predicted => report.Count(label, predicted));
            Assert.InRange(heldOut, (int)(total * 0.15), (int)(total * 0.25) + 1);
        }

        Assert.Equal(fixture.TrainingSet.Utterances.Count, report.TrainCount + report.TestCount);
    }

    [Fact]
    public void Same_seed_gives_the_same_report()
    {
        var sample = fixture.Sample(perLabel: 25);
        var first = IntentEvaluator.CrossCheck(sample, seed: 11);

        var second = IntentEvaluator.CrossCheck(sample, seed: 11);

        Assert.Equal(first.Format(), second.Format());
    }

    [Fact]
    public void Evaluate_counts_a_wrong_label_as_a_miss_in_the_confusion_matrix()
    {
        var examples = new[]
        {
            new IntentUtterance("谢谢您的耐心解答", IntentLabels.Thanks),
            new IntentUtterance("谢谢您的耐心解答", IntentLabels.Complaint),
        };

        var report = IntentEvaluator.Evaluate(fixture.Model, examples);

        Assert.Equal(2, report.TestCount);
        Assert.Equal(1, report.Correct);
        Assert.Equal(0.5, report.Accuracy);
        Assert.Equal(1, report.Count(IntentLabels.Complaint, IntentLabels.Thanks));
        Assert.Single(report.Misses);
    }

    [Fact]
    public void Format_prints_accuracy_and_a_row_and_column_per_label()
    {
        var report = IntentEvaluator.Evaluate(fixture.Model, [new IntentUtterance("转人工客服吧", IntentLabels.Handoff)]);

        var text = report.Format();

        Assert.Contains("Accuracy: 1.000 (1/1)", text, StringComparison.Ordinal);
        var lines = text.Split('\n');
        foreach (var label in IntentLabels.All)
        {
            Assert.Contains(lines, line => line.StartsWith(label, StringComparison.Ordinal));
        }

        Assert.Contains(lines, line => IntentLabels.All.All(label => line.Contains(label, StringComparison.Ordinal)));
    }
}
