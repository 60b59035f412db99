using ServiceDeskBot.Core.Evaluation;

namespace ServiceDeskBot.Core.Tests.Evaluation;

public sealed class EvalSetTests : IDisposable
{
    private readonly string _path = Path.Combine(Path.GetTempPath(), $"evalset-{Guid.NewGuid():N}.jsonl");

    public void Dispose() => File.Delete(_path);

    [Fact]
    public void An_unanswerable_item_without_answers_reads_as_having_none()
    {
        File.WriteAllText(_path, """{"id":"u1","kind":"unanswerable","question":"社保卡在哪里激活"}""" + "\n");

        var items = EvalSet.Load(_path);

        Assert.Empty(Assert.Single(items).Answers);
    }

    [Fact]
    public void An_answerable_item_without_answers_is_refused_with_its_line()
    {
        File.WriteAllText(_path, "\n" + """{"id":"a1","kind":"answerable","question":"办理要几天","source":"x.txt"}""" + "\n");

        var error = Assert.Throws<InvalidDataException>(() => EvalSet.Load(_path));

        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
        Assert.Contains("a1", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_item_without_a_question_is_refused()
    {
        File.WriteAllText(_path, """{"id":"a2","kind":"answerable","answers":["5个工作日"]}""" + "\n");

        var error = Assert.Throws<InvalidDataException>(() => EvalSet.Load(_path));

        Assert.Contains("question", error.Message, StringComparison.Ordinal);
    }
}
