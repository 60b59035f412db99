using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Features.Auth.Oidc;

namespace ServiceDeskBot.Web.Features.Account;

[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<IdentityUser> signIn,
    IOptions<AuthOptions> options,
    IOptions<LocalAccountsOptions> localAccounts,
    IOptions<OidcOptions> oidc) : PageModel
{
    [BindProperty]
    [Required(ErrorMessage = "请输入用户名")]
    [StringLength(256)]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码")]
    [StringLength(512)]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public string? Error { get; private set; }

    public bool LocalAccountsEnabled => localAccounts.Value.Enabled;

    /// <summary>Name of the identity provider on the single sign-on button, or null when single sign-on is off.</summary>
    public string? SingleSignOnName => oidc.Value.IsEnabled ? oidc.Value.DisplayName : null;

    public void OnGet(string? sso)
    {
        if (sso == "failed" && SingleSignOnName is not null)
        {
            Error = $"{SingleSignOnName}登录未完成，请重试";
        }
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (!LocalAccountsEnabled)
        {
            return NotFound();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var result = await signIn.PasswordSignInAsync(UserName, Password, isPersistent: false, lockoutOnFailure: true);
        if (result.Succeeded)
        {
            // Only local addresses: a crafted link must not turn the login page into a redirect to a phishing site.
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : "/Console");
        }

        // Unknown users and wrong passwords get the same message so the form does not reveal which names exist.
        Error = result.IsLockedOut
            ? $"账户已锁定，请{options.Value.LockoutMinutes}分钟后再试"
            : "用户名或密码错误";
        return Page();
    }
}
