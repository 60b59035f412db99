using Microsoft.AspNetCore.Mvc;
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
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Channel { get; set; }

    public DashboardReport Report { get; private set; } = null!;

    /// <summary>Why the filter asked for was refused (the default period is shown instead), or null.</summary>
    public string? Problem { get; private set; }

    /// <summary>The channel counted: <c>webchat</c> (citizens), <c>all</c> or one channel.</summary>
    public string ChannelShown { get; private set; } = AskChannels.WebChat;

    public static IReadOnlyList<(string Value, string Name)> ChannelChoices { get; } =
    [
        (AskChannels.WebChat, "群众（网页聊天）"),
        (DashboardRequest.AllChannels, "全部渠道"),
        (AskChannels.Api, "接口调用（含 API 密钥、压测）"),
        (AskChannels.Console, "工作台测试"),
        (AskChannels.Cli, "命令行"),
        (AskChannels.Eval, "评测"),
    ];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var (filter, problem) = ModelState.IsValid
            ? DashboardRequest.Read(query, null, From, To, Channel)
            : (null, "日期格式应为 yyyy-MM-dd。");
        if (filter is null)
        {
            Problem = problem;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            (filter, _) = DashboardRequest.Read(query, null, null, null, null);
            Channel = null;
        }

        ChannelShown = string.IsNullOrEmpty(Channel) ? AskChannels.WebChat : Channel;
        Report = await query.GetAsync(filter!, cancellationToken);
    }

    public static string ChannelName(string channel) =>
        ChannelChoices.FirstOrDefault(c => c.Value == channel).Name ?? channel;

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
        DashboardQuery.IntentReplyMode => "意图回复（问候、致谢、转人工等）",
        _ => mode,
    };
}
