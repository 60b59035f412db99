using System.Globalization;
using System.Text;
using Microsoft.SemanticKernel.ChatCompletion;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Llm;

/// <summary>Builds the chat messages for each LLM task from the prompt files and untrusted text.</summary>
internal sealed class LlmPromptComposer(PromptLibrary prompts)
{
    private const int HistoryTurns = 3;
    private const int HistoryAnswerLength = 300;

    public async Task<ChatHistory> ComposeAnswerAsync(
        string question, IReadOnlyList<Passage> passages, CancellationToken cancellationToken, string prompt = PromptNames.GroundedAnswer)
    {
        var block = new StringBuilder();
        for (var i = 0; i < passages.Count; i++)
        {
            block.Append(CultureInfo.InvariantCulture, $"[{i + 1}] 《{Neutralize(passages[i].Title)}》\n{Neutralize(passages[i].Text)}\n\n");
        }

        var values = new Dictionary<string, string>
        {
            ["passages"] = block.ToString().TrimEnd(),
            ["question"] = Neutralize(question),
        };
        return await ComposeAsync(prompt, values, cancellationToken).ConfigureAwait(false);
    }

    public async Task<ChatHistory> ComposeRewriteAsync(
        IReadOnlyList<(string Question, string Answer)> history, string question, CancellationToken cancellationToken)
    {
        var block = new StringBuilder();
        foreach (var (q, a) in history.TakeLast(HistoryTurns))
        {
            var answer = a.Length > HistoryAnswerLength ? a[..HistoryAnswerLength] + "…" : a;
            block.Append(CultureInfo.InvariantCulture, $"Q: {Neutralize(q)}\nA: {Neutralize(answer)}\n\n");
        }

        var values = new Dictionary<string, string>
        {
            ["history"] = block.ToString().TrimEnd(),
            ["question"] = Neutralize(question),
        };
        return await ComposeAsync(PromptNames.FollowUpRewrite, values, cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Ingested passages and citizens' questions may carry prompt injection: template syntax is broken up so it can never
    /// be evaluated, and angle brackets become full-width so the text cannot close the delimiters the prompt wraps it in.
    /// </summary>
    internal static string Neutralize(string text) =>
        text.Replace("{{", "{ {", StringComparison.Ordinal)
            .Replace("}}", "} }", StringComparison.Ordinal)
            .Replace('<', '＜')
            .Replace('>', '＞');

    private async Task<ChatHistory> ComposeAsync(string promptName, Dictionary<string, string> values, CancellationToken cancellationToken)
    {
        var system = await prompts.RenderAsync(PromptNames.System, new Dictionary<string, string>(), cancellationToken).ConfigureAwait(false);
        var user = await prompts.RenderAsync(promptName, values, cancellationToken).ConfigureAwait(false);
        var chat = new ChatHistory(system);
        chat.AddUserMessage(user);
        return chat;
    }
}
