using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using System.Globalization;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>The review queue: clusters of questions the bot handled badly, each answered or dismissed at once.</summary>
public sealed class IndexModel(ReviewBacklog backlog, DeskTimeZone zone, PiiMasker masker) : PageModel
{
    /// <summary>Clusters shown per page; the window behind them is bounded by <c>Review:MaxItems</c>.</summary>
    public const int PageSize = 50;

    /// <summary>Longest part of the citizen's reply shown in a row; the whole reply is on the ask's page.</summary>
    public const int ReplyPreviewChars = 300;

    public ReviewSnapshot Snapshot { get; private set; } = new([], 0, 0);

    /// <summary>Every cluster of the view, for the totals.</summary>
    public IReadOnlyList<ReviewCluster> AllClusters => Snapshot.Clusters;

    /// <summary>The clusters of this page.</summary>
    public IReadOnlyList<ReviewCluster> Clusters { get; private set; } = [];

    // Not "page": Razor Pages keeps the page's own path under that route value.
    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    /// <summary>Set when this view is an older window of the queue (the link under a full view).</summary>
    [BindProperty(SupportsGet = true, Name = ClusterKeyFields.ThroughAskId)]
    public long? ThroughAskId { get; set; }

    [BindProperty(SupportsGet = true, Name = ClusterKeyFields.ThroughCorrectionId)]
    public long? ThroughCorrectionId { get; set; }

    public int PageCount => Math.Max(1, (AllClusters.Count + PageSize - 1) / PageSize);

    /// <summary>The address of another page of this view.</summary>
    public string PageLink(int page) => Link(ThroughAskId, ThroughCorrectionId, page);

    /// <summary>The address of the next, older window, when this one was full.</summary>
    public string? OlderLink => Snapshot.Older is { } older ? Link(older.ThroughAskId, older.ThroughCorrectionId, 1) : null;

    /// <summary>The reply the citizen saw, masked again (older rows may predate masking) and cut for the row.</summary>
    public string ReplyPreview(string? answer)
    {
        var masked = masker.Mask(answer ?? "").Trim();
        return masked.Length <= ReplyPreviewChars ? masked : masked[..ReplyPreviewChars] + "……";
    }

    /// <summary>The staff console's reading of the conversation a turn was part of.</summary>
    public static string ConversationLink(string conversationId) => "/console/conversations/" + Uri.EscapeDataString(conversationId);

    /// <summary>The pre-filled curated-answer form for <paramref name="cluster"/>; its key travels in the query string.</summary>
    public string CurateLink(ReviewCluster cluster) => "/Admin/Review/Curate" + ClusterKeyFields.Query(Snapshot.KeyOf(cluster));

    /// <summary>The hidden fields of the 已处理 form for <paramref name="cluster"/>.</summary>
    public IEnumerable<KeyValuePair<string, string>> KeyFields(ReviewCluster cluster) => ClusterKeyFields.Of(Snapshot.KeyOf(cluster));

    /// <summary><paramref name="at"/> on the desk's clock (<c>ServiceDesk:TimeZone</c>).</summary>
    public string LocalTime(DateTimeOffset at) => zone.FormatMinutes(at);

    [TempData]
    public string? Message { get; set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid || PageNumber < 1 || ThroughAskId < 0 || ThroughCorrectionId < 0)
        {
            return BadRequest();
        }

        Snapshot = await backlog.GetSnapshotAsync(ThroughAskId ?? long.MaxValue, ThroughCorrectionId ?? long.MaxValue, cancellationToken);
        Clusters = AllClusters.Skip((PageNumber - 1) * PageSize).Take(PageSize).ToList();
        return Page();
    }

    private static string Link(long? throughAskId, long? throughCorrectionId, int page) =>
        "/Admin/Review" + QueryString.Create(new Dictionary<string, string?>
        {
            [ClusterKeyFields.ThroughAskId] = throughAskId?.ToString(CultureInfo.InvariantCulture),
            [ClusterKeyFields.ThroughCorrectionId] = throughCorrectionId?.ToString(CultureInfo.InvariantCulture),
            ["p"] = page > 1 ? page.ToString(CultureInfo.InvariantCulture) : null,
        }.Where(p => p.Value is not null)).ToUriComponent();

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
