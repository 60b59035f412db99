using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Web.Features.DirectLine;
using ServiceDeskBot.Core.DirectLine;

namespace ServiceDeskBot.Web.Features.Admin.Handoffs;

/// <summary>Open handoff tickets from the citizen channel, with their transcripts.</summary>
public sealed class IndexModel(HandoffTicketStore tickets) : PageModel
{
    private const int Shown = 200;

    public IReadOnlyList<HandoffTicket> Tickets { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Tickets = await tickets.ListOpenAsync(Shown, cancellationToken);
}
