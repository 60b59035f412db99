using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>The review queue: clusters of questions the bot handled badly, each answered or dismissed at once.</summary>
public sealed class IndexModel(ReviewBacklog backlog, IOptions<DashboardOptions> dashboard) : PageModel
{
    public IReadOnlyList<ReviewCluster> Clusters { get; private set; } = [];

    /// <summary>The pre-filled curated-answer form for <paramref name="cluster"/>; ids travel in the query string.</summary>
    public static string CurateLink(ReviewCluster cluster)
    {
        ArgumentNullException.ThrowIfNull(cluster);
        var query = QueryString.Create(
            cluster.AskIds.Select(id => KeyValuePair.Create("ask", (string?)id.ToString(CultureInfo.InvariantCulture)))
                .Concat(cluster.CorrectionIds.Select(id => KeyValuePair.Create("correction", (string?)id.ToString(CultureInfo.InvariantCulture)))));
        return "/Admin/Review/Curate" + query.ToUriComponent();
    }

    /// <summary><paramref name="at"/> on the desk's local clock, as the dashboard counts days.</summary>
    public string LocalTime(DateTimeOffset at) =>
        at.ToOffset(TimeSpan.FromHours(dashboard.Value.UtcOffsetHours)).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Clusters = await backlog.GetClustersAsync(cancellationToken);
    }

    /// <summary>已处理 / 忽略: the cluster's items leave the queue without a curated answer.</summary>
    public async Task<IActionResult> OnPostDismissAsync(
        [FromForm(Name = "ask")] long[] askIds, [FromForm(Name = "correction")] long[] correctionIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(askIds);
        ArgumentNullException.ThrowIfNull(correctionIds);
        if (askIds.Length == 0 && correctionIds.Length == 0)
        {
            return BadRequest();
        }

        await backlog.MarkReviewedAsync(askIds, correctionIds, Curated.CurationUser.NameOf(User), cancellationToken);
        Message = $"已将 {askIds.Length + correctionIds.Length} 条记录标记为已处理。";
        return RedirectToPage();
    }
}
