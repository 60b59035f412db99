using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>Chinese names for what the console shows about a reply.</summary>
internal static class ConsoleLabels
{
    public static string Mode(AnswerMode mode) => mode switch
    {
        AnswerMode.Curated => "标注答案（curated）",
        AnswerMode.Llm => "大模型生成（LLM）",
        AnswerMode.Template => "模板引用（template）",
        AnswerMode.Fallback => "未作答/兜底回复（refusal）",
        _ => mode.ToString(),
    };

    public static string ModeBadge(AnswerMode mode) => mode switch
    {
        AnswerMode.Curated or AnswerMode.Llm => "ok",
        AnswerMode.Template => "warn",
        _ => "bad",
    };

    public static string DocumentLink(string source, string passageId, string? question) =>
        $"/Console/Document?source={Uri.EscapeDataString(source)}"
        + (string.IsNullOrWhiteSpace(question) ? "" : $"&q={Uri.EscapeDataString(question)}")
        + $"#passage-{Uri.EscapeDataString(passageId)}";
}
