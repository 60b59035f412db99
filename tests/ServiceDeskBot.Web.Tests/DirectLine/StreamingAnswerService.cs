using System.Runtime.CompilerServices;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>
/// Stands in for an answer pipeline whose LLM streams: three deltas, then the result. After the second and third delta
/// it waits at <see cref="Gate"/>, so a test decides when the stream goes on and never races the final message.
/// Other questions are answered in one delta.
/// </summary>
public sealed class StreamingAnswerService : IAnswerService
{
    public const string AskId = "streamed-ask-777";
    public const string StreamedQuestion = "请分三段回答";
    public const string RevisedQuestion = "请分三段回答但核对不通过";
    public const string WholeQuestion = "请一次回答";
    public const string Replacement = "核对后的模板答复，以此为准。";

    public static readonly string[] Deltas = ["第一段：居住证办理需要身份证", "和近期照片，", "第二段：到社区服务中心窗口提交申请即可。"];

    public SemaphoreSlim Gate { get; } = new(0);

    public async Task<AskResult> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        AskResult? result = null;
        await foreach (var update in StreamAsync(request, cancellationToken))
        {
            result = update.Result ?? result;
        }

        return result!;
    }

    public async IAsyncEnumerable<AskStreamUpdate> StreamAsync(AskRequest request, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (request.Question is not (StreamedQuestion or RevisedQuestion))
        {
            yield return new AskStreamUpdate("一次给出的完整回答。", null, false);
            yield return new AskStreamUpdate("", Result("一次给出的完整回答。"), false);
            yield break;
        }

        yield return new AskStreamUpdate(Deltas[0], null, false);
        yield return new AskStreamUpdate(Deltas[1], null, false);
        await Gate.WaitAsync(cancellationToken);
        yield return new AskStreamUpdate(Deltas[2], null, false);
        await Gate.WaitAsync(cancellationToken);
        if (request.Question == RevisedQuestion)
        {
            yield return new AskStreamUpdate(Replacement, null, true);
            yield return new AskStreamUpdate("", Result(Replacement), true);
        }
        else
        {
            yield return new AskStreamUpdate("", Result(string.Concat(Deltas)), false);
        }
    }

    private static AskResult Result(string answer) =>
        new(answer, true, IntentLabels.Question, 0.9, AnswerMode.Llm, [new Citation("p-9", "seed-s.txt", "流式测试文档", "流式测试片段。")], ["下一个问题"])
        {
            AskId = AskId,
        };
}
