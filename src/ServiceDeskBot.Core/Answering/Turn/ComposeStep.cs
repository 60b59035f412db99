using System.Runtime.CompilerServices;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Llm;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Writes the answer: by the LLM from the numbered passages when one is configured and healthy (streaming its text),
/// else, or when its reply fails the grounding check, by the template quoting the best sentences. A question the
/// judge was unsure about is declined when the LLM answers with the no-answer marker. What the LLM writes is screened
/// for listed sensitive words before anyone sees it (streamed text only as far as the scanner says is safe); a reply
/// that trips the screen is replaced by the template answer. An LLM reply that is shown carries the AI-generated label.
/// </summary>
public sealed partial class ComposeStep(
    ILlmAnswerer llm,
    AnswerComposer composer,
    TemplateRenderer templates,
    SensitiveWordFilter sensitiveWords,
    ScreeningMetrics screening,
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
        var gate = new StreamedTextGate(sensitiveWords.CreateScanner());
        var updates = stream ? llm.StreamAnswerAsync(question, passages, cancellationToken) : AsyncEnumerable.Empty<LlmStreamUpdate>();
        await foreach (var update in updates.ConfigureAwait(false))
        {
            if (update.Final is not null)
            {
                final = update.Final;
            }
            else if (update.Delta.Length > 0)
            {
                var shown = gate.Feed(update.Delta);
                if (gate.Tripped)
                {
                    // Nothing more of this reply will be shown: stop the model rather than wait for the rest.
                    break;
                }

                if (shown.Length > 0)
                {
                    turn.Streamed = true;
                    yield return shown;
                }
            }
        }

        if (final is { Succeeded: true } && !gate.Tripped)
        {
            // The text the scanner held back at the end is decided now; it is shown only when it is clean.
            var rest = stream ? gate.Complete() : "";
            if (!gate.Tripped && !sensitiveWords.Contains(final.Text))
            {
                if (rest.Length > 0)
                {
                    turn.Streamed = true;
                    yield return rest;
                }

                var label = "\n\n" + options.Value.AiGeneratedLabel;
                turn.Notes.Add(new DecisionNote(DecisionCode.LlmAnswered, final.Reason));
                var reply = composer.FromLlm(final, evidence);
                turn.Reply = reply with { Text = reply.Text.TrimEnd() + label };
                if (turn.Streamed)
                {
                    yield return label;
                }

                yield break;
            }
        }

        turn.ReplacesStreamedText = turn.Streamed;
        if (gate.Tripped || final is { Succeeded: true })
        {
            // The model's words held a listed word: the citizen never sees them, staff see that it happened.
            screening.RecordScreened(ScreeningMetrics.Reply);
            LogReplyScreened(logger, stream);
            turn.Notes.Add(new DecisionNote(DecisionCode.ReplyScreened));
            turn.Reply = await FallbackAsync(turn, unsure, cancellationToken).ConfigureAwait(false);
            if (sensitiveWords.Contains(turn.Reply.Text))
            {
                // The quoted passage holds the word too: declining is the only reply that shows none of it.
                turn.Reply = await JudgeStep.DeclineAsync(templates, turn.Understood, cancellationToken).ConfigureAwait(false);
            }

            yield break;
        }

        if (final?.Outcome == LlmOutcome.NotAnswered && unsure)
        {
            turn.Notes.Add(new DecisionNote(DecisionCode.LlmNoAnswer));
            turn.Reply = await JudgeStep.DeclineAsync(templates, turn.Understood, cancellationToken).ConfigureAwait(false);
            yield break;
        }

        LogLlmFallback(logger, final?.Outcome.ToString() ?? "none", final?.Reason ?? "");
        turn.Notes.Add(new DecisionNote(DecisionCode.LlmNotUsed, $"{final?.Outcome}: {final?.Reason}"));
        turn.Reply = await FallbackAsync(turn, unsure, cancellationToken).ConfigureAwait(false);
    }

    // Without the LLM's word, an unsure question is decided by the bar alone, as it is when no LLM is configured.
    private async Task<TurnReply> FallbackAsync(TurnContext turn, bool unsure, CancellationToken cancellationToken) =>
        unsure && turn.Verdict!.Score < options.Value.JudgeThreshold
            ? await JudgeStep.DeclineAsync(templates, turn.Understood, cancellationToken).ConfigureAwait(false)
            : await composer.QuoteAsync(turn.Evidence!, cancellationToken).ConfigureAwait(false);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM answer not used ({Outcome}): {Reason}; falling back to the template answer")]
    private static partial void LogLlmFallback(ILogger logger, string outcome, string reason);

    [LoggerMessage(Level = LogLevel.Warning, Message = "LLM reply held a listed sensitive word and was not shown (streamed: {Streamed}); replaced by the template answer")]
    private static partial void LogReplyScreened(ILogger logger, bool streamed);
}
