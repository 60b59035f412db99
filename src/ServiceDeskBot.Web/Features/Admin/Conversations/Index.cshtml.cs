using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Intents;
using ServiceDeskBot.Web.Features.Conversations;

namespace ServiceDeskBot.Web.Features.Admin.Conversations;

/// <summary>对话日志: every conversation, filtered by date, channel, outcome, feedback and intent; each opens its transcript.</summary>
public sealed class IndexModel(ConversationLog log) : PageModel
{
    public static readonly IReadOnlyList<(string Value, string Label)> Channels =
        [(ChannelNames.WebChat, "市民对话"), (ChannelNames.Console, "工作台测试"), (ChannelNames.Api, "接口调用"), ("all", "全部渠道")];

    public static readonly IReadOnlyList<(string Value, string Label)> Outcomes = [("", "全部"), ("answered", "已作答"), ("unanswered", "未作答")];

    public static readonly IReadOnlyList<(string Value, string Label)> Feedbacks = [("", "全部"), ("liked", "有帮助"), ("disliked", "没帮助"), ("none", "未评价")];

    public static readonly IReadOnlyList<string> Intents =
        [IntentLabels.Question, IntentLabels.Greeting, IntentLabels.Thanks, IntentLabels.Handoff, IntentLabels.Complaint, IntentLabels.OutOfScope];

    [BindProperty(SupportsGet = true)]
    public ConversationFilter Filter { get; set; } = new();

    public IReadOnlyList<ConversationSummary> Rows { get; private set; } = [];

    public bool HasMore { get; private set; }

    public string? Error { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Filter.Channel = string.IsNullOrEmpty(Filter.Channel) ? ChannelNames.WebChat : Filter.Channel;
        // Only the fields' own errors count (an unreadable date): with no filter at all, the implicit "required" of the
        // non-nullable Filter property is not a mistake of the visitor's.
        var unreadable = ModelState.Any(e => e.Key.StartsWith("Filter.", StringComparison.Ordinal) && e.Value is { Errors.Count: > 0 });
        if (unreadable || !IsKnown(Filter) || Filter.Page < 1 || (Filter.From > Filter.To))
        {
            Error = "筛选条件无效，请重新选择。";
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return;
        }

        (Rows, HasMore) = await log.ListAsync(Filter, cancellationToken);
    }

    /// <summary>The address of another page of the same filters.</summary>
    public string PageLink(int page) => QueryString.Create(new Dictionary<string, string?>
    {
        ["Filter.From"] = Filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.To"] = Filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
        ["Filter.Channel"] = Filter.Channel,
        ["Filter.Outcome"] = Filter.Outcome,
        ["Filter.Feedback"] = Filter.Feedback,
        ["Filter.Intent"] = Filter.Intent,
        ["Filter.Page"] = page.ToString(System.Globalization.CultureInfo.InvariantCulture),
    }.Where(p => !string.IsNullOrEmpty(p.Value))).ToUriComponent();

    private static bool IsKnown(ConversationFilter filter) =>
        Channels.Any(c => c.Value == filter.Channel)
        && (string.IsNullOrEmpty(filter.Outcome) || Outcomes.Any(o => o.Value == filter.Outcome))
        && (string.IsNullOrEmpty(filter.Feedback) || Feedbacks.Any(f => f.Value == filter.Feedback))
        && (string.IsNullOrEmpty(filter.Intent) || Intents.Contains(filter.Intent));
}
