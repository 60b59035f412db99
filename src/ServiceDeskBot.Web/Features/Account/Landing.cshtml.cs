using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Account;

/// <summary>Where a sign-in without a return address lands: admins on the admin home, staff on the console.</summary>
[Authorize(Policy = AuthPolicies.StaffOrAdmin)]
public sealed class LandingModel : PageModel
{
    public const string Path = "/Account/Landing";

    public IActionResult OnGet() => LocalRedirect(User.IsInRole(StaffRoles.Admin) ? "/Admin" : "/Console");
}
