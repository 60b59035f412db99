using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>The review queue: clusters of questions the bot handled badly, each answered or dismissed at once.</summary>
public sealed class IndexModel(ReviewBacklog backlog, DeskTimeZone zone) : PageModel
{
    public ReviewSnapshot Snapshot { get; private set; } = new([], 0, 0);

    public IReadOnlyList<ReviewCluster> Clusters => Snapshot.Clusters;

    /// <summary>The pre-filled curated-answer form for <paramref name="cluster"/>; its key travels in the query string.</summary>
    public string CurateLink(ReviewCluster cluster) => "/Admin/Review/Curate" + ClusterKeyFields.Query(Snapshot.KeyOf(cluster));

    /// <summary>The hidden fields of the 已处理 form for <paramref name="cluster"/>.</summary>
    public IEnumerable<KeyValuePair<string, string>> KeyFields(ReviewCluster cluster) => ClusterKeyFields.Of(Snapshot.KeyOf(cluster));

    /// <summary><paramref name="at"/> on the desk's clock (<c>ServiceDesk:TimeZone</c>).</summary>
    public string LocalTime(DateTimeOffset at) => zone.FormatMinutes(at);

    [TempData]
    public string? Message { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Snapshot = await backlog.GetSnapshotAsync(cancellationToken);
    }

    /// <summary>已处理 / 忽略: the cluster's items leave the queue without a curated answer.</summary>
    public async Task<IActionResult> OnPostDismissAsync(
        [FromForm(Name = ClusterKeyFields.Anchor)] string? anchor,
        [FromForm(Name = ClusterKeyFields.ThroughAskId)] long throughAskId,
        [FromForm(Name = ClusterKeyFields.ThroughCorrectionId)] long throughCorrectionId,
        CancellationToken cancellationToken)
    {
        if (ReviewClusterKey.Parse(anchor, throughAskId, throughCorrectionId) is not { } key)
        {
            return BadRequest();
        }

        var cluster = await backlog.FindClusterAsync(key, cancellationToken);
        if (cluster is null)
        {
            Message = "这组记录已被处理。";
            return RedirectToPage();
        }

        await backlog.MarkReviewedAsync(cluster.AskIds, cluster.CorrectionIds, Curated.CurationUser.NameOf(User), cancellationToken);
        Message = $"已将 {cluster.Count} 条记录标记为已处理。";
        return RedirectToPage();
    }
}
