using Microsoft.Extensions.Logging;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Telemetry;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Last step: writes the ask log (personal data masked by the log), counts the ask in the service's metrics and
/// remembers the turn for follow-ups.
/// </summary>
public sealed partial class LogStep(AskLog askLog, IConversationMemory memory, ServiceDeskMetrics metrics, ILogger<LogStep> logger) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var reply = turn.Reply!;
        var reason = DecisionText.Render(turn.Notes);
        turn.AskId = await AppendAsync(
            new AskLogEntry
            {
                Question = turn.Question.Raw,
                ConversationId = turn.Request.ConversationId,
                Channel = turn.Request.Channel,
                Intent = turn.Intent,
                Confidence = turn.Confidence,
                Mode = reply.Mode,
                Answered = reply.Answered,
                TopPassageIds = turn.Evidence?.Hits.Take(5).Select(h => h.Passage.Id).ToList() ?? [],
                CitedPassageIds = [.. reply.Citations.Select(c => c.PassageId)],
                Answer = reply.Text,
                LatencyMs = turn.Clock.ElapsedMilliseconds,
                Reason = reason,
            },
            cancellationToken).ConfigureAwait(false);
        metrics.RecordAsk(
            turn.Request.Channel, System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(reply.Mode.ToString()), turn.Intent, reply.Answered,
            turn.Clock.Elapsed, turn.FromCache);
        await memory.RememberAsync(
            turn.Request.ConversationId,
            new ConversationTurn(turn.Understood.Raw, reply.Text, turn.Understood.Places, reply.Answered, reply.Citations.Count > 0 ? reply.Citations[0].Source : null),
            cancellationToken).ConfigureAwait(false);
        LogAnswered(logger, turn.AskId, turn.Intent, reply.Mode, reply.Answered, reason);
    }

    // The reply matters more than its log line: a failing database must not turn an answer into an error.
    private async Task<string?> AppendAsync(AskLogEntry entry, CancellationToken cancellationToken)
    {
        try
        {
            return await askLog.AppendAsync(entry, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is Microsoft.EntityFrameworkCore.DbUpdateException or Microsoft.Data.Sqlite.SqliteException or InvalidOperationException)
        {
            LogAskLogFailed(logger, ex);
            return null;
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The ask could not be written to the ask log")]
    private static partial void LogAskLogFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Information, Message = "Ask {AskId}: intent {Intent}, mode {Mode}, answered {Answered} ({Reason})")]
    private static partial void LogAnswered(ILogger logger, string? askId, string intent, AnswerMode mode, bool answered, string reason);
}
