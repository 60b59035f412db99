using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Retention;

/// <summary>What one purge removed, and the cut-offs it used.</summary>
public sealed record RetentionReport(
    DateTimeOffset AskLogBefore,
    int AskLogEntries,
    DateTimeOffset ConversationsBefore,
    int Conversations,
    int Activities,
    int HandoffTickets)
{
    public bool RemovedAny => AskLogEntries + Conversations + Activities + HandoffTickets > 0;

    /// <summary>One line for the operator and the audit trail, times in the desk's zone.</summary>
    public string Describe(DeskTimeZone zone)
    {
        ArgumentNullException.ThrowIfNull(zone);
        return $"清除 {zone.FormatMinutes(AskLogBefore)} 之前的问答日志 {AskLogEntries} 条；" +
            $"{zone.FormatMinutes(ConversationsBefore)} 之前结束的会话 {Conversations} 个（消息 {Activities} 条，转人工工单 {HandoffTickets} 个）（{zone.Label}）";
    }
}
