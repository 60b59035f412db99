using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Browser.Tests;

/// <summary>
/// Stands in for the answer pipeline where a test needs a reply the real one cannot give yet: an answer the LLM wrote
/// (marked <see cref="AskResult.AiGenerated"/>) for <see cref="AiQuestion"/>, one without citations for
/// <see cref="UncitedAiQuestion"/>, a cited template answer for anything else.
/// </summary>
public sealed class ScriptedAnswers : IAnswerService
{
    public const string AiQuestion = "请用大模型回答居住证的办理时限";
    public const string AiAnswer = "居住证一般在受理后十五个工作日内办结[1]。";
    public const string UncitedAiQuestion = "请用大模型回答资料里没有的问题";
    public const string UncitedAiAnswer = "现有资料中没有这方面的内容。";
    public const string TemplateAnswer = "资料中的记载：社保卡可在各服务网点办理[1]。";

    public Task<AskResult> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        Citation[] citations = [new("p-1", "scripted.txt", "脚本测试文档", "测试文档中的一段原文。")];
        var result = request.Question switch
        {
            AiQuestion => new AskResult(AiAnswer, true, IntentLabels.Question, 0.9, AnswerMode.Llm, citations, ["后续问题"]) { AskId = "scripted-7001", AiGenerated = true },
            UncitedAiQuestion => new AskResult(UncitedAiAnswer, true, IntentLabels.Question, 0.9, AnswerMode.Llm, [], []) { AskId = "scripted-7003", AiGenerated = true },
            _ => new AskResult(TemplateAnswer, true, IntentLabels.Question, 0.9, AnswerMode.Template, citations, ["后续问题"]) { AskId = "scripted-7002" },
        };
        return Task.FromResult(result);
    }
}
