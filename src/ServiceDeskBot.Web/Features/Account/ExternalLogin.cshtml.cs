using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Features.Auth.Oidc;

namespace ServiceDeskBot.Web.Features.Account;

/// <summary>
/// Sign-in through the identity provider: the POST (antiforgery-checked) sends the browser to the provider; the
/// provider's answer comes back to <c>OnGetCallbackAsync</c> through Identity's external cookie.
/// </summary>
[AllowAnonymous]
public sealed class ExternalLoginModel(
    SignInManager<IdentityUser> signIn,
    OidcStaffSignIn staffSignIn,
    SignInAudit audit,
    IOptions<OidcOptions> options) : PageModel
{
    public string ProviderName => options.Value.DisplayName;

    /// <summary>Set when the provider vouched for the user but this service refused them.</summary>
    public string? Refusal { get; private set; }

    public IActionResult OnGet() => RedirectToPage("/Account/Login");

    public IActionResult OnPost(string? returnUrl)
    {
        if (!options.Value.IsEnabled)
        {
            return NotFound();
        }

        var callback = Url.Page("/Account/ExternalLogin", "Callback", new { returnUrl = LocalOnly(returnUrl) });
        var properties = signIn.ConfigureExternalAuthenticationProperties(OidcHostingExtensions.Scheme, callback);
        return Challenge(properties, OidcHostingExtensions.Scheme);
    }

    public async Task<IActionResult> OnGetCallbackAsync(string? returnUrl)
    {
        if (!options.Value.IsEnabled)
        {
            return NotFound();
        }

        var external = await HttpContext.AuthenticateAsync(IdentityConstants.ExternalScheme);
        await HttpContext.SignOutAsync(IdentityConstants.ExternalScheme);
        if (!external.Succeeded)
        {
            return Redirect("/Account/Login?sso=failed");
        }

        var (outcome, userName) = await staffSignIn.SignInAsync(external.Principal);
        // A refused provider user may have no local name yet: the provider's own name for them is recorded instead.
        await audit.RecordAsync(
            userName ?? external.Principal.FindFirst("preferred_username")?.Value ?? external.Principal.FindFirst("sub")?.Value,
            outcome == OidcSignInOutcome.SignedIn, SignInAudit.SingleSignOn + "（" + outcome + "）", HttpContext.RequestAborted);
        if (outcome == OidcSignInOutcome.SignedIn)
        {
            return LocalRedirect(LocalOnly(returnUrl));
        }

        Refusal = outcome switch
        {
            OidcSignInOutcome.NoRole => $"您已通过{ProviderName}验证身份，但您的账户未被授予本系统的工作人员或管理员角色，无法登录。如需开通，请联系系统管理员。",
            OidcSignInOutcome.LockedOut => "您的账户已被锁定，请稍后再试或联系系统管理员。",
            _ => $"{ProviderName}未返回完整的身份信息，无法登录。请稍后重试或联系系统管理员。",
        };
        Response.StatusCode = StatusCodes.Status403Forbidden;
        return Page();
    }

    // Only local addresses: a crafted link must not turn sign-in into a redirect to a phishing site.
    private string LocalOnly(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : LandingModel.Path;
}
