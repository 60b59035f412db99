using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Web.Features.Console;

/// <summary>The ticket queue: open tickets (转人工 and complaints) to claim, newest first; closed ones on request.</summary>
public sealed class TicketsModel(TicketDesk desk) : PageModel
{
    private const int Shown = 200;

    [BindProperty(SupportsGet = true, Name = "closed")]
    public bool IncludeClosed { get; set; }

    [BindProperty(SupportsGet = true, Name = "mine")]
    public bool MineOnly { get; set; }

    public IReadOnlyList<HandoffTicket> Tickets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var tickets = await desk.ListAsync(IncludeClosed, Shown, cancellationToken);
        Tickets = MineOnly ? tickets.Where(t => t.AssignedTo == User.Identity?.Name).ToList() : tickets;
    }
}
