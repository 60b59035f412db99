using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Writes the answer: by the LLM from the numbered passages when one is configured and healthy (streaming its text),
/// else, or when its reply fails the grounding check, by the template quoting the best sentences. A question the
/// judge was unsure about is declined when the LLM answers with the no-answer marker.
/// </summary>
public sealed partial class ComposeStep(
    ILlmAnswerer llm,
    AnswerComposer composer,
    TemplateRenderer templates,
    IOptions<AnsweringOptions> options,
    ILogger<ComposeStep> logger) : ITurnStep
{
    public async IAsyncEnumerable<string> RunAsync(TurnContext turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        // A validity notice opens the answer; streamed first only where the LLM's text will stream after it.
        var lead = turn.Lead is { Length: > 0 } notice ? notice + "\n\n" : null;
        if (lead is not null && turn.StreamLlm && llm.IsAvailable && turn.Verdict?.Decision != JudgeDecision.Unsure)
        {
            turn.Streamed = true;
            yield return lead;
        }

        await foreach (var delta in ComposeAsync(turn, cancellationToken).ConfigureAwait(false))
        {
            yield return delta;
        }

        if (lead is not null && turn.Reply is { Answered: true } reply)
        {
            turn.Reply = reply with { Text = lead + reply.Text };
        }
    }

    private async IAsyncEnumerable<string> ComposeAsync(TurnContext turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var evidence = turn.Evidence!;
        if (!llm.IsAvailable)
        {
            turn.Notes.Add(new DecisionNote(DecisionCode.NoLlm));
            turn.Reply = await composer.QuoteAsync(evidence, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        var question = turn.Understood.Raw;
        var passages = evidence.Hits.Take(options.Value.PassagesForLlm).Select(h => h.Passage).ToList();
        // An unsure question is not streamed: its reply may be the no-answer marker, which citizens must never see.
        var unsure = turn.Verdict?.Decision == JudgeDecision.Unsure;
        var stream = turn.StreamLlm && !unsure;
        LlmAnswer? final = stream ? null
            : unsure ? await llm.AnswerIfStatedAsync(question, passages, cancellationToken).ConfigureAwait(false)
            : await llm.AnswerAsync(question, passages, cancellationToken).ConfigureAwait(false);
        var updates = stream ? llm.StreamAnswerAsync(question, passages, cancellationToken) : AsyncEnumerable.Empty<LlmStreamUpdate>();
        await foreach (var update in updates.ConfigureAwait(false))
        {
            if (update.Final is not null)
            {
                final = update.Final;
            }
            else if (update.Delta.Length > 0)
            {
                turn.Streamed = true;
                yield return update.Delta;
            }
        }

        if (final is { Succeeded: true })
        {
            turn.Notes.Add(new DecisionNote(DecisionCode.LlmAnswered, final.Reason));
            turn.Reply = composer.FromLlm(final, evidence);
            yield break;
        }

        turn.ReplacesStreamedText = turn.Streamed;
        if (final?.Outcome == LlmOutcome.NotAnswered && unsure)
        {
            turn.Notes.Add(new DecisionNote(DecisionCode.LlmNoAnswer));
            turn.Reply = await JudgeStep.DeclineAsync(templates, turn.Understood, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        LogLlmFallback(logger, final?.Outcome.ToString() ?? "none", final?.Reason ?? "");
        turn.Notes.Add(new DecisionNote(DecisionCode.LlmNotUsed, $"{final?.Outcome}: {final?.Reason}"));
        // Without the LLM's word, an unsure question is decided by the bar alone, as it is when no LLM is configured.
        turn.Reply = unsure && turn.Verdict!.Score < options.Value.JudgeThreshold
            ? await JudgeStep.DeclineAsync(templates, turn.Understood, cancellationToken).ConfigureAwait(false)
            : await composer.QuoteAsync(evidence, cancellationToken).ConfigureAwait(false);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer not used ({Outcome}): {Reason}; falling back to the template answer")]
    private static partial void LogLlmFallback(ILogger logger, string outcome, string reason);
}
