using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Web.Features.Conversations;
using ServiceDeskBot.Web.Features.DirectLine;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// One ticket: what the citizen said, the callback number (in clear for the assignee only), the notes, the
/// conversation it came from turn by turn, and the claim / note / close actions.
/// </summary>
public sealed class TicketModel(TicketDesk desk, AskLog askLog, CallbackNumberProtector callbacks, PassageRetriever retriever) : PageModel
{
    private const int MaxTurns = 100;

    [BindProperty]
    public string? NoteText { get; set; }

    public HandoffTicket? Ticket { get; private set; }

    /// <summary>The callback number in clear, set only when the viewer is the assignee.</summary>
    public string? CallbackInClear { get; private set; }

    public bool IsAssignee => Ticket is { Closed: false } && Ticket.AssignedTo == User.Identity?.Name;

    public TranscriptView? Transcript { get; private set; }

    [TempData]
    public string? StatusMessage { get; set; }

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(string number, CancellationToken cancellationToken) =>
        await LoadAsync(number, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostClaimAsync(string number, CancellationToken cancellationToken) =>
        ActAsync(number, desk.ClaimAsync(number, UserName, cancellationToken), "已认领工单。", cancellationToken);

    public Task<IActionResult> OnPostNoteAsync(string number, CancellationToken cancellationToken)
    {
        var check = InputText.Check(NoteText, TicketDesk.MaxNoteLength);
        if (!check.IsValid)
        {
            return ProblemAsync(number, check.Problem == InputTextProblem.Empty ? "请填写处理记录。" : "处理记录" + check.Message, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return ActAsync(number, desk.AddNoteAsync(number, UserName, check.Text, cancellationToken), "处理记录已保存。", cancellationToken);
    }

    public Task<IActionResult> OnPostCloseAsync(string number, CancellationToken cancellationToken)
    {
        var check = InputText.Check(NoteText, TicketDesk.MaxNoteLength);
        if (check.Problem is InputTextProblem.InvalidCharacters or InputTextProblem.TooLong)
        {
            return ProblemAsync(number, "关闭说明" + check.Message, StatusCodes.Status400BadRequest, cancellationToken);
        }

        return ActAsync(number, desk.CloseAsync(number, UserName, check.IsValid ? check.Text : null, cancellationToken), "工单已关闭。", cancellationToken);
    }

    private string UserName => User.Identity?.Name ?? throw new InvalidOperationException("The ticket desk needs a signed-in user.");

    private async Task<IActionResult> ActAsync(string number, Task<TicketOutcome> action, string done, CancellationToken cancellationToken)
    {
        var outcome = await action;
        if (outcome == TicketOutcome.Done)
        {
            StatusMessage = done;
            return RedirectToPage(new { number });
        }

        return outcome == TicketOutcome.NotFound ? NotFound() : await ProblemAsync(number, TicketLabels.Problem(outcome), StatusCodes.Status409Conflict, cancellationToken);
    }

    // A refused action answers 409 (taken by someone else, closed) or 400 (bad note) with the page and the reason.
    private async Task<IActionResult> ProblemAsync(string number, string problem, int status, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(number, cancellationToken))
        {
            return NotFound();
        }

        Problem = problem;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(string number, CancellationToken cancellationToken)
    {
        Ticket = await desk.FindAsync(number, cancellationToken);
        if (Ticket is null)
        {
            return false;
        }

        if (IsAssignee)
        {
            CallbackInClear = callbacks.Reveal(Ticket.CallbackNumberProtected)?.Display;
        }

        var turns = await askLog.GetConversationAsync(Ticket.ConversationId, MaxTurns, cancellationToken);
        Transcript = new TranscriptView(turns, id => retriever.Index?.Find(id));
        return true;
    }
}
