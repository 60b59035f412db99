using System.Collections.Concurrent;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Web.Tests.DirectLine;

/// <summary>Stands in for the answer pipeline: a cited answer for anything, a handoff for questions naming 人工.</summary>
public sealed class ScriptedAnswerService : IAnswerService
{
    public const string AskId = "scripted-ask-4242";
    public const string HandoffAskId = "scripted-ask-4243";
    public const string FailingQuestion = "让问答服务出错";

    /// <summary>The first time it is asked, this question is held until the host stops, as a slow LLM call would be.</summary>
    public const string HeldQuestion = "重启时尚未回答的问题";

    private int _heldOnce;

    public ConcurrentQueue<AskRequest> Requests { get; } = new();

    public async Task<AskResult> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        if (request.Question == HeldQuestion && Interlocked.Exchange(ref _heldOnce, 1) == 0)
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
        }

        return Answer(request);
    }

    private AskResult Answer(AskRequest request)
    {
        Requests.Enqueue(request);
        if (request.Question == FailingQuestion)
        {
            throw new InvalidOperationException("The scripted pipeline fails on purpose.");
        }

        if (request.Question.Contains("人工", StringComparison.Ordinal))
        {
            return new AskResult("正在为您转接人工服务，也可拨打热线。", false, IntentLabels.Handoff, 0.95, AnswerMode.Fallback, [], [])
            {
                AskId = HandoffAskId,
            };
        }

        Citation[] citations =
        [
            new("p-1", "seed-a.txt", "测试文档甲", "测试片段甲的正文。"),
            new("p-2", "seed-b.txt", "测试文档乙", "测试片段乙的正文。"),
        ];
        return new AskResult("这是测试回答[1]，另见[2]。", true, IntentLabels.Question, 0.9, AnswerMode.Template, citations, ["后续问题一", "后续问题二"])
        {
            AskId = AskId,
        };
    }
}
