using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Web.Features.Admin.Home;

namespace ServiceDeskBot.Web.Features.Admin;

/// <summary>The admin home (<c>/Admin</c>): where admins land after signing in.</summary>
public sealed class IndexModel(AdminOverviewQuery query) : PageModel
{
    public AdminOverview Overview { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Overview = await query.GetAsync(cancellationToken);
}
