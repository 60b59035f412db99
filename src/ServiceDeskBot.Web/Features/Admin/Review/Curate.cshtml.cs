using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>
/// Creates a curated answer from a review cluster: pre-filled with the cluster's questions and the best corpus quotes
/// (or a clerk's suggested answer); saving it settles the cluster's items.
/// </summary>
public sealed class CurateModel(ReviewBacklog backlog) : PageModel
{
    private const int MaxIds = 500;

    [BindProperty(SupportsGet = true, Name = "ask")]
    public IList<long> AskIds { get; set; } = [];

    [BindProperty(SupportsGet = true, Name = "correction")]
    public IList<long> CorrectionIds { get; set; } = [];

    [BindProperty]
    public CurateForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!HasValidIds())
        {
            return BadRequest();
        }

        var draft = await backlog.DraftAsync(AskIds.ToList(), CorrectionIds.ToList(), cancellationToken);
        if (draft is null)
        {
            return NotFound();
        }

        Form = new CurateForm
        {
            Question = draft.Question,
            Alternates = string.Join('\n', draft.Alternates),
            Answer = draft.Answer,
            CitedPassageIds = string.Join(' ', draft.CitedPassageIds),
        };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!HasValidIds())
        {
            return BadRequest();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var draft = new CuratedAnswerDraft(
            Form.Question,
            Lines(Form.Alternates),
            Form.Answer,
            (Form.CitedPassageIds ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries),
            AskIds.ToList(),
            CorrectionIds.ToList());
        var id = await backlog.CreateCuratedAnswerAsync(draft, User.Identity?.Name ?? "", cancellationToken);
        TempData[nameof(IndexModel.Message)] = $"已创建标注问答 #{id}，相关记录已移出待审队列。";
        return RedirectToPage("Index");
    }

    private bool HasValidIds() =>
        AskIds.Count + CorrectionIds.Count is > 0 and <= MaxIds;

    private static List<string> Lines(string? text) =>
        (text ?? "").Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToList();
}
