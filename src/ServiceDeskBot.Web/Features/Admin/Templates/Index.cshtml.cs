using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Web.Features.Admin.Templates;

public sealed class IndexModel(IDbContextFactory<ServiceDeskDbContext> dbFactory) : PageModel
{
    /// <summary>Every template key with its stored row, or null when only the default file exists.</summary>
    public IReadOnlyList<(string Key, AnswerTemplate? Stored)> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        var stored = await db.AnswerTemplates.AsNoTracking().ToDictionaryAsync(t => t.Key, cancellationToken);
        Templates = TemplateKeys.All.Select(k => (k, stored.GetValueOrDefault(k))).ToList();
    }

    public static string Describe(string key) => key switch
    {
        TemplateKeys.Answer => "依据资料回答",
        TemplateKeys.NoAnswer => "资料中没有答案",
        TemplateKeys.Greeting => "问候",
        TemplateKeys.Thanks => "致谢",
        TemplateKeys.Handoff => "转人工",
        TemplateKeys.Complaint => "投诉",
        TemplateKeys.OutOfScope => "超出服务范围",
        TemplateKeys.Ticket => "工单登记（转人工、投诉后追加）",
        _ => key,
    };
}
