using System.Data.Common;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Web.Features.DirectLine;

/// <summary>
/// Runs bot turns: a message gets a typing indicator at once, then the answer pipeline's reply (livestreamed when the
/// pipeline streams it in several deltas); a feedback event is stored with the ask log; a request for a person or a
/// complaint opens a ticket first, so the reply can give its number and offer a call back; while that offer stands, a
/// reply holding a telephone number is taken as the callback number and never reaches the answer pipeline. A message is answered only after this node claimed it
/// (<see cref="ITurnClaims"/>), so a turn several nodes see is answered once.
/// </summary>
public sealed partial class BotTurnWorker(
    BotTurnInbox inbox,
    IServiceScopeFactory scopes,
    DirectLineConversationStore conversations,
    HandoffTicketStore handoffs,
    BotActivityComposer composer,
    ITurnClaims claims,
    IOptions<DirectLineOptions> options,
    TimeProvider time,
    ILogger<BotTurnWorker> logger) : BackgroundService
{
    private const int MaxConcurrentTurns = 4;

    // Questions older than this are not answered after a restart: the citizen has most likely left or asked again.
    private static readonly TimeSpan RecoveryWindow = TimeSpan.FromMinutes(10);

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await RecoverInterruptedTurnsAsync(stoppingToken);
        using var slots = new SemaphoreSlim(MaxConcurrentTurns);
        var running = new List<Task>();
        try
        {
            await foreach (var turn in inbox.Reader.ReadAllAsync(stoppingToken))
            {
                await slots.WaitAsync(stoppingToken);
                running.RemoveAll(t => t.IsCompleted);
                running.Add(RunReleasingAsync(turn, slots, stoppingToken));
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: let the turns in flight see the cancellation and finish.
        }

        await Task.WhenAll(running);
    }

    private async Task RecoverInterruptedTurnsAsync(CancellationToken cancellationToken)
    {
        IReadOnlyList<BotTurn> unanswered;
        try
        {
            unanswered = await conversations.FindUnansweredAsync(time.GetUtcNow() - RecoveryWindow, cancellationToken);
        }
        catch (DbException ex)
        {
            // Recovery is a courtesy; new turns must still be served when it fails.
            LogRecoveryFailed(ex);
            return;
        }

        foreach (var turn in unanswered)
        {
            inbox.Enqueue(turn);
        }

        if (unanswered.Count > 0)
        {
            LogTurnsRecovered(unanswered.Count);
        }
    }

    private async Task RunReleasingAsync(BotTurn turn, SemaphoreSlim slots, CancellationToken cancellationToken)
    {
        try
        {
            await RunAsync(turn, cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            LogTurnAbandoned(turn.ConversationId);
        }
#pragma warning disable CA1031 // One failed turn must not stop the worker; the failure is logged.
        catch (Exception ex)
#pragma warning restore CA1031
        {
            LogTurnFailed(ex, turn.ConversationId);
        }
        finally
        {
            slots.Release();
        }
    }

    private async Task RunAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        var activity = turn.UserActivity;
        var type = activity["type"]?.GetValue<string>();
        var name = activity["name"]?.GetValue<string>();
        if ((type == "event" && name == AnswerFeedback.EventName) || (type == "invoke" && name == AnswerFeedback.SubmitActionName))
        {
            await RecordFeedbackAsync(turn.ConversationId, activity, cancellationToken);
            return;
        }

        // The text as stored has personal data masked, and that is what the answer pipeline (and any LLM behind it)
        // reads; only a callback number the bot asked for is read from what the citizen typed, in memory.
        var text = activity["text"]?.GetValue<string>()?.Trim();
        var typed = turn.Text?.Trim() ?? text;
        if (type != "message" || string.IsNullOrEmpty(text) || string.IsNullOrEmpty(typed))
        {
            return;
        }

        var userActivityId = activity["id"]!.GetValue<string>();
        // Held (and renewed) until the reply is stored, when disposed at the end of the turn.
        await using var lease = await claims.TryClaimAsync(userActivityId, whenUndecided: !turn.Recovered, cancellationToken);
        if (lease is null)
        {
            LogClaimedElsewhere(userActivityId);
            return;
        }

        // A turn found unanswered may have been answered since (its claim lapses a lease after the reply was stored).
        if (turn.Recovered && await conversations.IsAnsweredAsync(turn.ConversationId, userActivityId, cancellationToken))
        {
            LogClaimedElsewhere(userActivityId);
            return;
        }

        conversations.PublishInFlight(turn.ConversationId, BotActivityComposer.Typing(userActivityId));
        if (await AnswerCallbackAsync(turn.ConversationId, typed, userActivityId, cancellationToken))
        {
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        // Resolved per turn and optionally: the answer pipeline is registered by another feature, and the channel
        // must still reply (with an apology) when it is missing or throws.
        var answers = scope.ServiceProvider.GetService<IAnswerService>();
        var stream = new ReplyLivestream(conversations, turn.ConversationId, userActivityId, options.Value.StreamChunkMinChars);
        AskResult? result = null;
        if (answers is null)
        {
            LogNoAnswerService();
        }
        else
        {
            try
            {
                var request = new AskRequest(text, turn.ConversationId, "webchat");
                await foreach (var update in answers.StreamAsync(request, cancellationToken))
                {
                    if (update.Result is not null)
                    {
                        result = update.Result;
                    }
                    else
                    {
                        stream.Add(update.Delta, update.ReplacesText);
                    }
                }
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                LogAskFailed(ex, turn.ConversationId);
                result = null;
            }
        }

        // The final message ends a started stream even when the pipeline failed midway, so Web Chat stops showing
        // the half-written text; the store drops the chunks as it saves the reply.
        var reply = result switch
        {
            null => composer.Unavailable(userActivityId),
            { Intent: IntentLabels.Handoff or IntentLabels.Complaint } => await TicketReplyAsync(scope.ServiceProvider, turn.ConversationId, result, text, userActivityId, cancellationToken),
            _ => BotActivityComposer.Reply(result, userActivityId),
        };
        await conversations.AppendReplyAsync(turn.ConversationId, stream.Finish(reply), cancellationToken);
    }

    // The ticket is opened before the reply is written, so the reply can give its number; when it cannot be opened,
    // the reply says nothing about a record (the complaint template promises none) and points to the hotline.
    private async Task<JsonObject> TicketReplyAsync(
        IServiceProvider services, string conversationId, AskResult result, string text, string replyToId, CancellationToken cancellationToken)
    {
        var kind = result.Intent == IntentLabels.Complaint ? HandoffKind.Complaint : HandoffKind.Handoff;
        try
        {
            var (ticket, opened) = await handoffs.OpenAsync(conversationId, kind, text, cancellationToken);
            if (opened)
            {
                LogHandoffOpened(ticket.Number, kind, conversationId);
            }

            var templates = services.GetService<TemplateRenderer>();
            var ticketText = templates is null
                ? $"工单号 **{ticket.Number}**。"
                : await templates.RenderAsync(
                    TemplateKeys.Ticket,
                    new TemplateModel { TicketNumber = ticket.Number, TicketKind = ticket.Kind == HandoffKind.Complaint ? "complaint" : "handoff" },
                    cancellationToken);
            return BotActivityComposer.TicketReply(result, ticket.Number, ticketText, replyToId);
        }
        catch (DbException ex)
        {
            LogTicketFailed(ex, conversationId);
            return BotActivityComposer.Reply(result, replyToId);
        }
    }

    // While a ticket's callback offer stands, a telephone number (or "不用回电") answers it; anything else is a question.
    private async Task<bool> AnswerCallbackAsync(string conversationId, string text, string replyToId, CancellationToken cancellationToken)
    {
        var read = CallbackNumber.Read(text);
        if (read.Kind == CallbackReplyKind.NotANumber)
        {
            return false;
        }

        var ticket = await handoffs.FindAwaitingCallbackAsync(conversationId, cancellationToken);
        // Once a number is on the ticket, only another valid number changes it; other digits are a question again.
        if (ticket is null || (ticket.CallbackNumberMasked is not null && read.Kind != CallbackReplyKind.Valid))
        {
            return false;
        }

        JsonObject reply;
        switch (read.Kind)
        {
            case CallbackReplyKind.Valid:
                var masked = await handoffs.SetCallbackAsync(ticket.Id, read.Number!, cancellationToken);
                LogCallbackLeft(ticket.Number);
                reply = composer.CallbackSaved(ticket.Number, masked, replyToId);
                break;
            case CallbackReplyKind.Declined:
                await handoffs.DeclineCallbackAsync(ticket.Id, cancellationToken);
                reply = composer.CallbackDeclined(ticket.Number, replyToId);
                break;
            default:
                reply = BotActivityComposer.CallbackInvalid(replyToId);
                break;
        }

        await conversations.AppendReplyAsync(conversationId, reply, cancellationToken);
        return true;
    }

    private async Task RecordFeedbackAsync(string conversationId, JsonObject activity, CancellationToken cancellationToken)
    {
        var feedback = activity["type"]?.GetValue<string>() == "invoke"
            ? AnswerFeedback.FromSubmitAction(activity, await conversations.FindAsync(conversationId, activity["replyToId"]?.ToString(), cancellationToken))
            : AnswerFeedback.FromEvent(activity);
        if (feedback is null)
        {
            LogFeedbackUnreadable();
            return;
        }

        await using var scope = scopes.CreateAsyncScope();
        var store = scope.ServiceProvider.GetService<IAskFeedbackStore>();
        if (store is null)
        {
            LogNoFeedbackStore();
            return;
        }

        // Only asks of this conversation can be rated from it: the stream token proved which conversation this is.
        var found = await store.RecordFeedbackAsync(feedback.AskId, conversationId, feedback.Helpful, feedback.Comment, cancellationToken);
        LogFeedbackRecorded(feedback.AskId, feedback.Helpful, found);
    }

    [LoggerMessage(Level = LogLevel.Debug, Message = "Activity {ActivityId} is answered by another node (or was already)")]
    private partial void LogClaimedElsewhere(string activityId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Bot turn in conversation {ConversationId} failed")]
    private partial void LogTurnFailed(Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Could not look for turns interrupted by the last stop")]
    private partial void LogRecoveryFailed(Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "{Count} user messages left unanswered by the last stop are being answered")]
    private partial void LogTurnsRecovered(int count);

    [LoggerMessage(Level = LogLevel.Information, Message = "Bot turn in conversation {ConversationId} abandoned at shutdown")]
    private partial void LogTurnAbandoned(string conversationId);

    [LoggerMessage(Level = LogLevel.Error, Message = "No IAnswerService is registered; the citizen channel can only apologise")]
    private partial void LogNoAnswerService();

    [LoggerMessage(Level = LogLevel.Error, Message = "The answer pipeline failed for conversation {ConversationId}; replying with the unavailable message")]
    private partial void LogAskFailed(Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ticket {TicketNumber} ({Kind}) opened for conversation {ConversationId}")]
    private partial void LogHandoffOpened(string ticketNumber, HandoffKind kind, string conversationId);

    [LoggerMessage(Level = LogLevel.Warning, Message = "No ticket could be opened for conversation {ConversationId}; the reply points to the hotline only")]
    private partial void LogTicketFailed(Exception exception, string conversationId);

    [LoggerMessage(Level = LogLevel.Information, Message = "Callback number left on ticket {TicketNumber}")]
    private partial void LogCallbackLeft(string ticketNumber);

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback event without a recognisable Like/Dislike action ignored")]
    private partial void LogFeedbackUnreadable();

    [LoggerMessage(Level = LogLevel.Error, Message = "No IAskFeedbackStore is registered; feedback dropped")]
    private partial void LogNoFeedbackStore();

    [LoggerMessage(Level = LogLevel.Information, Message = "Feedback for ask {AskId}: helpful={Helpful}, ask found={Found}")]
    private partial void LogFeedbackRecorded(string askId, bool helpful, bool found);
}
