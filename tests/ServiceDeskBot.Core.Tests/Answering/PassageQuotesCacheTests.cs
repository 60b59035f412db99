using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

/// <summary>
/// The evidence finder reads each passage's quote candidates once per index and keeps them: a question must get the
/// same reply whichever passages earlier questions made it read first.
/// </summary>
public sealed class PassageQuotesCacheTests
{
    // Questions about different passages of the same reports.
    private static readonly string[] Questions =
    [
        "中原区新增市级研发平台多少家？",
        "中原区新增省级孵化器几家？",
        "中原区新认定高层次人才多少名？",
        "沟赵办事处党工委书记是谁？",
        "中原区现代服务业开发区获得过哪些荣誉？",
        "中原区的研发平台有哪些？",
    ];

    [Fact]
    public async Task Replies_are_the_same_whichever_order_the_questions_come_in()
    {
        await using var forward = await AnswerPipelineHost.StartAsync();
        await using var backward = await AnswerPipelineHost.StartAsync();

        var inOrder = new Dictionary<string, AskResult>(StringComparer.Ordinal);
        foreach (var question in Questions)
        {
            inOrder[question] = await forward.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);
        }

        var reversed = new Dictionary<string, AskResult>(StringComparer.Ordinal);
        foreach (var question in Questions.Reverse())
        {
            reversed[question] = await backward.Answers.AskAsync(new AskRequest(question, null, "test"), CancellationToken.None);
        }

        Assert.Contains(inOrder.Values, r => r.Answered);
        Assert.All(Questions, q =>
        {
            Assert.Equal(inOrder[q].Answer, reversed[q].Answer);
            Assert.Equal(inOrder[q].Citations.Select(c => (c.PassageId, c.Snippet)), reversed[q].Citations.Select(c => (c.PassageId, c.Snippet)));
        });
    }
}
