using Microsoft.AspNetCore.Mvc.RazorPages;

using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Admin.Audit;

public sealed class IndexModel(CurationService curation) : PageModel
{
    public const int PageSize = 50;

    public AuditPage Log { get; private set; } = new([], 1, PageSize, 0);

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken) =>
        Log = await curation.GetAuditPageAsync(p ?? 1, PageSize, cancellationToken);

    public static string Describe(string entityType) => entityType switch
    {
        AuditEntityTypes.CuratedAnswer => "标注问答",
        AuditEntityTypes.Template => "回复模板",
        AuditEntityTypes.Document => "文档",
        AuditEntityTypes.WordList => "词表",
        AuditEntityTypes.ReviewItems => "待审问题",
        AuditEntityTypes.ApiKey => "API 密钥",
        AuditEntityTypes.StaffUser => "账号",
        AuditEntityTypes.HandoffTicket => "工单",
        AuditEntityTypes.AskLog => "问答日志",
        AuditEntityTypes.Conversations => "会话记录",
        AuditEntityTypes.SearchIndex => "检索索引",
        AuditEntityTypes.StaffCorrection => "纠错建议",
        AuditEntityTypes.Database => "数据库",
        _ => entityType,
    };

    public static string? HistoryLink(AuditEntry entry) => entry.EntityType switch
    {
        AuditEntityTypes.CuratedAnswer => "/Admin/Curated/History/" + entry.EntityId,
        AuditEntityTypes.Template => "/Admin/Templates/History/" + entry.EntityId,
        AuditEntityTypes.Document => "/Admin/Corpus/Document/" + entry.EntityId,
        _ => null,
    };
}
