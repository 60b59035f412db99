using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

public sealed class IntentTrainingSetTests : IDisposable
{
    private readonly TempDirectory _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void Load_reads_one_utterance_per_line_and_skips_comments_and_blank_lines()
    {
        WriteEveryLabel();
        File.WriteAllLines(FileFor(IntentLabels.Thanks), ["# header", "", "  谢谢  ", "多谢"]);

        var set = IntentTrainingSet.Load(_folder.Path);

        var thanks = set.Utterances.Where(u => u.Label == IntentLabels.Thanks).Select(u => u.Text);
        Assert.Equal(["谢谢", "多谢"], thanks);
    }

    [Fact]
    public void Load_rejects_a_file_not_named_after_a_label()
    {
        WriteEveryLabel();
        File.WriteAllLines(System.IO.Path.Combine(_folder.Path, "smalltalk.txt"), ["哈哈"]);

        var error = Assert.Throws<InvalidDataException>(() => IntentTrainingSet.Load(_folder.Path));

        Assert.Contains("smalltalk.txt", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_rejects_a_folder_missing_a_label()
    {
        WriteEveryLabel();
        File.Delete(FileFor(IntentLabels.Handoff));

        var error = Assert.Throws<InvalidDataException>(() => IntentTrainingSet.Load(_folder.Path));

        Assert.Contains(IntentLabels.Handoff, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Content_hash_ignores_line_endings_and_comments()
    {
        WriteEveryLabel();
        var before = IntentTrainingSet.Load(_folder.Path).ContentHash;
        File.WriteAllText(FileFor(IntentLabels.Greeting), "# greetings\r\n你好\r\n\r\n在吗\r\n");

        var after = IntentTrainingSet.Load(_folder.Path).ContentHash;

        Assert.Equal(before, after);
    }

    [Fact]
    public void Content_hash_changes_when_an_utterance_changes()
    {
        WriteEveryLabel();
        var before = IntentTrainingSet.Load(_folder.Path).ContentHash;
        File.WriteAllLines(FileFor(IntentLabels.Greeting), ["你好", "在吗", "哈喽"]);

        var after = IntentTrainingSet.Load(_folder.Path).ContentHash;

        Assert.NotEqual(before, after);
    }

    private void WriteEveryLabel()
    {
        foreach (var label in IntentLabels.All)
        {
            File.WriteAllLines(FileFor(label), label == IntentLabels.Greeting ? ["你好", "在吗"] : [label + " 示例"]);
        }
    }

    private string FileFor(string label) => System.IO.Path.Combine(_folder.Path, label + ".txt");
}
