using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Features.Auth.Oidc;

namespace ServiceDeskBot.Web.Features.Account;

/// <summary>
/// Sign-out is POST only (with the antiforgery token), so a link or image on another site cannot sign staff out. It
/// revokes: the account's security stamp changes, so a copy of the cookie kept from before no longer signs anyone in
/// (every other session of the account ends with it). Audited in the account's name.
/// </summary>
[AllowAnonymous]
public sealed class LogoutModel(SignInManager<IdentityUser> signIn, SignInAudit audit) : PageModel
{
    public IActionResult OnGet() => RedirectToPage("/Account/Login");

    public async Task<IActionResult> OnPostAsync()
    {
        if (await signIn.UserManager.GetUserAsync(User) is { } user)
        {
            await signIn.UserManager.UpdateSecurityStampAsync(user);
            var method = User.FindFirstValue(ClaimTypes.AuthenticationMethod) == OidcHostingExtensions.Scheme
                ? SignInAudit.SingleSignOn
                : SignInAudit.LocalAccount;
            await audit.RecordSignOutAsync(user.UserName!, method, HttpContext.RequestAborted);
        }

        await signIn.SignOutAsync();
        return RedirectToPage("/Account/Login");
    }
}
