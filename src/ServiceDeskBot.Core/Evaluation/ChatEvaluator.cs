using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>
/// Scores two-turn chats twice: the second turn asked in the conversation of the first (with context), and the
/// same second turn asked alone. A follow-up step that works shows a clear gap between the two.
/// </summary>
public static class ChatEvaluator
{
    public static async Task<ChatReport> EvaluateAsync(IAnswerService answers, IReadOnlyList<EvalChat> chats, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(chats);
        var withContext = new List<(EvalChat Chat, bool Correct, string Why)>();
        var alone = new List<(EvalChat Chat, bool Correct, string Why)>();
        foreach (var chat in chats)
        {
            var conversation = "eval-" + chat.Id + "-" + Guid.NewGuid().ToString("N");
            await answers.AskAsync(new AskRequest(chat.Turns[0], conversation, "eval"), cancellationToken).ConfigureAwait(false);
            var followed = await answers.AskAsync(new AskRequest(chat.Turns[^1], conversation, "eval"), cancellationToken).ConfigureAwait(false);
            var (correct, why) = AnswerEvaluator.Score(chat.FollowUp, followed);
            withContext.Add((chat, correct, why + (correct ? "" : " | read as: " + followed.Reason)));

            var single = await answers.AskAsync(new AskRequest(chat.Turns[^1], null, "eval"), cancellationToken).ConfigureAwait(false);
            var (aloneCorrect, aloneWhy) = AnswerEvaluator.Score(chat.FollowUp, single);
            alone.Add((chat, aloneCorrect, aloneWhy));
        }

        return new ChatReport(withContext, alone);
    }
}
