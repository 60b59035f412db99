using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Review;
using ServiceDeskBot.Web.Features.Admin.Curated;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>
/// Creates a curated answer from a review cluster: pre-filled with the cluster's questions and the quotes a template
/// answer would give, citing their passages (or a clerk's suggested answer); saving it settles the cluster's items. The cluster travels as its key, so the
/// link and the form stay a few characters long however many questions it holds.
/// </summary>
public sealed class CurateModel(ReviewBacklog backlog, PassageRetriever retriever) : PageModel
{
    [BindProperty(SupportsGet = true, Name = ClusterKeyFields.Anchor)]
    public string? Anchor { get; set; }

    [BindProperty(SupportsGet = true, Name = ClusterKeyFields.ThroughAskId)]
    public long ThroughAskId { get; set; }

    [BindProperty(SupportsGet = true, Name = ClusterKeyFields.ThroughCorrectionId)]
    public long ThroughCorrectionId { get; set; }

    [BindProperty]
    public CurateForm Form { get; set; } = new();

    /// <summary>The key fields to post back with the form.</summary>
    public IEnumerable<KeyValuePair<string, string>> KeyFields => Key is { } key ? ClusterKeyFields.Of(key) : [];

    /// <summary>The passage picker and reply preview for the form's cited ids and answer.</summary>
    public CitePicker Picker => CitePicker.For($"{nameof(Form)}.{nameof(CurateForm.CitedPassageIds)}", retriever, Ids(Form.CitedPassageIds), Form.Answer);

    private ReviewClusterKey? Key => ReviewClusterKey.Parse(Anchor, ThroughAskId, ThroughCorrectionId);

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Key is not { } key)
        {
            return BadRequest();
        }

        var draft = await backlog.DraftAsync(key, cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Form = new CurateForm
        {
            Question = draft.Question,
            Alternates = string.Join('\n', draft.Alternates),
            Answer = draft.Answer,
            CitedPassageIds = string.Join('\n', draft.CitedPassageIds),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Key is not { } key)
        {
            return BadRequest();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var cluster = await backlog.FindClusterAsync(key, cancellationToken);
        if (cluster is null)
        {
            return NotFound();
        }

        var draft = new CuratedAnswerDraft(
            Form.Question,
            Lines(Form.Alternates),
            Form.Answer,
            Ids(Form.CitedPassageIds),
            cluster.AskIds,
            cluster.CorrectionIds);
        var id = await backlog.CreateCuratedAnswerAsync(draft, Curated.CurationUser.NameOf(User), cancellationToken);
        TempData[nameof(IndexModel.Message)] = $"已创建标注问答 #{id}，相关记录已移出待审队列。";
        return RedirectToPage("Index");
    }

    private static string[] Ids(string? text) =>
        (text ?? "").Split([' ', '\n', '\r'], StringSplitOptions.RemoveEmptyEntries).Distinct(StringComparer.Ordinal).ToArray();

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
