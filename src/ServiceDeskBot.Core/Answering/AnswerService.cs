using System.Diagnostics;
using System.Runtime.CompilerServices;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Telemetry;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The answer pipeline as a loop over small steps sharing one <see cref="TurnContext"/>: guard → follow-up → answer
/// cache → curated answer → intent → retrieve → validity → document fact → judge → compose (LLM or template), then always
/// keep a context-free reply for the next such turn, suggest and log. The first step that settles the reply ends the
/// answering steps; the decision record says which path answered and why.
/// </summary>
public sealed class AnswerService : IAnswerService
{
    private readonly ITurnStep[] _answering;
    private readonly ITurnStep[] _finishing;
    private readonly PiiMasker _masker;

    public AnswerService(
        GuardStep guard,
        FollowUpStep followUp,
        AnswerCacheStep cache,
        CuratedStep curated,
        IntentStep intent,
        RetrieveStep retrieve,
        ValidityStep validity,
        DocumentFactStep documentFact,
        JudgeStep judge,
        ComposeStep compose,
        AnswerCacheFillStep cacheFill,
        SuggestStep suggest,
        LogStep log,
        PiiMasker masker)
    {
        _masker = masker;
        _answering = [guard, followUp, cache, curated, intent, retrieve, validity, documentFact, judge, compose];
        _finishing = [cacheFill, suggest, log];
    }

    public async Task<AskResult> AskAsync(AskRequest request, CancellationToken cancellationToken)
    {
        AskResult? result = null;
        await foreach (var update in AnswerTurnAsync(request, streamLlm: false, cancellationToken).ConfigureAwait(false))
        {
            result = update.Result ?? result;
        }

        return result!;
    }

    /// <summary>
    /// Answers one turn as a stream: text deltas (from the LLM while it writes, else the whole reply at once), then a
    /// final update with the complete result. When the LLM's reply fails verification, the final result carries the
    /// template answer and <see cref="AskStreamUpdate.ReplacesText"/> tells clients to discard what was streamed.
    /// </summary>
    public IAsyncEnumerable<AskStreamUpdate> StreamAsync(AskRequest request, CancellationToken cancellationToken) =>
        AnswerTurnAsync(request, streamLlm: true, cancellationToken);

    private async IAsyncEnumerable<AskStreamUpdate> AnswerTurnAsync(
        AskRequest request, bool streamLlm, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var turn = new TurnContext(request, streamLlm);
        // One span for the turn and one per step, parented explicitly: this iterator yields to its caller between
        // steps, so the ambient Activity.Current is not the turn's there.
        using var turnSpan = ServiceDeskActivities.Source.StartActivity("answer turn");
        turnSpan?.SetTag("servicedeskbot.channel", request.Channel);
        foreach (var step in _answering)
        {
            using (StartStep(step, turnSpan))
            {
                await foreach (var delta in step.RunAsync(turn, cancellationToken).ConfigureAwait(false))
                {
                    yield return new AskStreamUpdate(delta, null, false);
                }
            }

            if (turn.Reply is not null)
            {
                break;
            }
        }

        foreach (var step in _finishing)
        {
            using var stepSpan = StartStep(step, turnSpan);
            await foreach (var _ in step.RunAsync(turn, cancellationToken).ConfigureAwait(false))
            {
            }
        }

        var reply = turn.Reply!;
        turnSpan?.SetTag("servicedeskbot.mode", reply.Mode.ToString());
        turnSpan?.SetTag("servicedeskbot.intent", turn.Intent);
        turnSpan?.SetTag("servicedeskbot.answered", reply.Answered);
        if (!turn.Streamed || turn.ReplacesStreamedText)
        {
            yield return new AskStreamUpdate(reply.Text, null, turn.ReplacesStreamedText);
        }

        var result = new AskResult(reply.Text, reply.Answered, turn.Intent, turn.Confidence, reply.Mode, reply.Citations, turn.Suggestions)
        {
            AskId = turn.AskId,
            Reason = DecisionText.Render(turn.Notes),
            // The citizen's words as understood, echoed back: masked like everything else shown.
            Understood = turn.IsFollowUp ? _masker.Mask(turn.Understood.Raw) : null,
            Decision = turn.Notes,
            AiGenerated = reply.Mode == AnswerMode.Llm,
        };
        yield return new AskStreamUpdate("", result, turn.ReplacesStreamedText);
    }

    private static Activity? StartStep(ITurnStep step, Activity? turnSpan) =>
        turnSpan is null
            ? null
            : ServiceDeskActivities.Source.StartActivity(step.GetType().Name, ActivityKind.Internal, turnSpan.Context);
}
