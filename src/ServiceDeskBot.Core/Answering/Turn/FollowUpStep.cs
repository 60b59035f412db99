using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Reads a follow-up ("高新技术企业呢？", "具体多少？", "他说……") in the context of the conversation: by the LLM when one
/// is configured, otherwise from the previous turn's question, subject and document.
/// </summary>
public sealed class FollowUpStep(
    ConversationMemory memory,
    FollowUpResolver resolver,
    ILlmAnswerer llm,
    QuestionReader reader,
    SensitiveWordFilter sensitiveWords,
    PiiMasker masker) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.History = memory.Recall(turn.Request.ConversationId);
        if (turn.History.Count == 0 || !FollowUpResolver.LooksLikeFollowUp(turn.Question.Raw))
        {
            return;
        }

        var previous = turn.History.LastOrDefault(t => t.Answered) ?? turn.History[^1];
        string? standalone = null;
        if (llm.IsAvailable)
        {
            standalone = await llm.RewriteFollowUpAsync(
                turn.History.Select(t => (t.Question, t.Answer)).ToList(), turn.Question.Raw, cancellationToken).ConfigureAwait(false);
        }

        standalone = string.IsNullOrWhiteSpace(standalone) ? resolver.Resolve(turn.History, turn.Question.Raw) : standalone;
        // The rewrite is new text (an LLM's, or ours built from earlier turns): it is guarded like the question was.
        if (standalone is null || standalone == turn.Question.Raw || sensitiveWords.Contains(standalone))
        {
            return;
        }

        turn.Understood = reader.Read(standalone);
        turn.PreferredSource = previous.Answered ? previous.Source : null;
        // The note is shown to staff, logged and returned: the citizen's words in it are masked.
        turn.Notes.Add(new DecisionNote(DecisionCode.FollowUpReadAs, masker.Mask(standalone)));
    }
}
