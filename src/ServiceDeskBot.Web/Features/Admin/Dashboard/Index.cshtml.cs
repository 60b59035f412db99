using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Features.Admin.Dashboard;

/// <summary>
/// The dashboard: charts drawn in the browser from <c>/api/admin/dashboard</c>, over tables rendered here so the
/// figures are readable without scripts or sight.
/// </summary>
public sealed class IndexModel(DashboardQuery query) : PageModel
{
    public const int Days = 30;

    public DashboardReport Report { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Report = await query.GetAsync(Days, cancellationToken);
    }

    public static string IntentName(string intent) => intent switch
    {
        IntentLabels.Question => "业务咨询",
        IntentLabels.Greeting => "问候",
        IntentLabels.Thanks => "致谢",
        IntentLabels.Handoff => "转人工",
        IntentLabels.Complaint => "投诉",
        IntentLabels.OutOfScope => "超出范围",
        _ => intent,
    };

    public static string ModeName(string mode) => mode switch
    {
        nameof(AnswerMode.Curated) => "标注问答",
        nameof(AnswerMode.Llm) => "大模型",
        nameof(AnswerMode.Template) => "模板引用",
        nameof(AnswerMode.Fallback) => "兜底回复",
        _ => mode,
    };
}
