using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>
/// Scores the answer pipeline by the evaluation rule: an answerable item needs a gold string in the reply and a
/// citation of its source; an unanswerable one a decline; an act the right intent.
/// </summary>
public static class AnswerEvaluator
{
    public static async Task<AnswerReport> EvaluateAsync(IAnswerService answers, IReadOnlyList<EvalItem> items, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(answers);
        ArgumentNullException.ThrowIfNull(items);
        var byKind = new Dictionary<string, (int Correct, int Total)>(StringComparer.Ordinal);
        var misses = new List<AnswerMiss>();
        foreach (var item in items)
        {
            var result = await answers.AskAsync(new AskRequest(item.Question, null, "eval"), cancellationToken).ConfigureAwait(false);
            var (correct, why) = Score(item, result);
            var (c, t) = byKind.GetValueOrDefault(item.Kind);
            byKind[item.Kind] = (c + (correct ? 1 : 0), t + 1);
            if (!correct)
            {
                misses.Add(new AnswerMiss(item.Id, item.Kind, item.Question, result.Intent, result.Mode.ToString(), result.Answered, why));
            }
        }

        return new AnswerReport(byKind, misses);
    }

    /// <summary>Scores one reply by the evaluation rule; the reason is empty when correct.</summary>
    public static (bool Correct, string Why) Score(EvalItem item, AskResult result) => item.Kind switch
    {
        EvalItem.Answerable when !result.Answered => (false, "declined: " + result.Reason),
        EvalItem.Answerable when !EvalSet.ContainsAnswer(result.Answer, item.Answers) => (false, "no gold string in: " + Excerpt(result.Answer)),
        EvalItem.Answerable when result.Citations.All(c => c.Source != item.Source) =>
            (false, "source not cited: " + string.Join(',', result.Citations.Select(c => c.Source))),
        EvalItem.Answerable => (true, ""),
        EvalItem.Unanswerable => result.Answered ? (false, "answered: " + Excerpt(result.Answer)) : (true, ""),
        _ => result.Intent == item.Kind ? (true, "") : (false, "intent " + result.Intent),
    };

    private static string Excerpt(string text)
    {
        var flat = text.ReplaceLineEndings(" ");
        return flat.Length <= 80 ? flat : flat[..80] + "…";
    }
}
