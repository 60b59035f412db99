using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>Chinese names for what the ticket desk shows.</summary>
internal static class TicketLabels
{
    public static string Kind(HandoffKind kind) => kind == HandoffKind.Complaint ? "投诉" : "转人工";

    public static string Status(HandoffTicket ticket) => ticket switch
    {
        { Closed: true } => "已关闭",
        { AssignedTo: null } => "待认领",
        _ => "处理中（" + ticket.AssignedTo + "）",
    };

    public static string StatusBadge(HandoffTicket ticket) => ticket switch
    {
        { Closed: true } => "",
        { AssignedTo: null } => "warn",
        _ => "ok",
    };

    /// <summary>The callback number as this viewer may see it: in clear only on the assignee's own view.</summary>
    public static string Callback(HandoffTicket ticket, string? clear) => ticket switch
    {
        _ when clear is not null => clear,
        { CallbackNumberMasked: { } masked } => masked,
        { CallbackDeclined: true } => "市民表示不用回电",
        _ => "未留",
    };

    public static string Problem(TicketOutcome outcome) => outcome switch
    {
        TicketOutcome.NotFound => "没有这个工单。",
        TicketOutcome.HeldByOther => "该工单已由其他工作人员认领。",
        TicketOutcome.NotAssigned => "请先认领该工单。",
        TicketOutcome.Closed => "该工单已关闭。",
        _ => "",
    };
}
