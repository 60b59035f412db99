using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.DirectLine;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Features.Conversations;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>
/// Any conversation read back turn by turn (the review queue, a ticket and the ask log link here), with the tickets it
/// opened. Admins also get, on each turn, a link that makes a curated answer from it.
/// </summary>
public sealed class ConversationModel(AskLog askLog, TicketDesk desk, PassageRetriever retriever) : PageModel
{
    public const int MaxTurns = 200;

    public string ConversationId { get; private set; } = "";

    public TranscriptView Transcript { get; private set; } = new([], _ => null);

    public IReadOnlyList<HandoffTicket> Tickets { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(string conversationId, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(conversationId) || conversationId.Length > 128)
        {
            return NotFound();
        }

        var turns = await askLog.GetConversationAsync(conversationId, MaxTurns, cancellationToken);
        Tickets = await desk.ForConversationAsync(conversationId, cancellationToken);
        if (turns.Count == 0 && Tickets.Count == 0)
        {
            return NotFound();
        }

        ConversationId = conversationId;
        Transcript = new TranscriptView(turns, id => retriever.Index?.Find(id), OfferCuration: User.IsInRole(StaffRoles.Admin));
        return Page();
    }
}
