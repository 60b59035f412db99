using System.ComponentModel.DataAnnotations;
using System.Globalization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Web.Features.Auth;
using ServiceDeskBot.Web.Features.Auth.Oidc;

namespace ServiceDeskBot.Web.Features.Account;

/// <summary>
/// Staff sign-in. Every failure reads the same (unknown name, wrong password, locked or disabled account) and takes
/// about as long, so the form tells an attacker nothing about which names exist; failures are throttled per client.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<IdentityUser> signIn,
    SignInThrottle throttle,
    SignInAudit audit,
    IPasswordHasher<IdentityUser> hasher,
    IOptions<LocalAccountsOptions> localAccounts,
    IOptions<OidcOptions> oidc) : PageModel
{
    public const string FailureMessage = "用户名或密码错误";

    // Hashed once: checking a password against it costs what checking a real account's password costs.
    private static readonly Lazy<(IdentityUser User, string Hash)> Decoy = new(() =>
    {
        var user = new IdentityUser("decoy");
        return (user, new PasswordHasher<IdentityUser>().HashPassword(user, Guid.NewGuid().ToString("N")));
    });

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

        if (throttle.IsThrottled(HttpContext, out var retryAfter))
        {
            var minutes = Math.Max(1, (int)Math.Ceiling(retryAfter.TotalMinutes));
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            Response.Headers.RetryAfter = ((int)Math.Ceiling(retryAfter.TotalSeconds)).ToString(CultureInfo.InvariantCulture);
            Error = $"登录失败次数过多，请{minutes}分钟后再试";
            return Page();
        }

        if (!ModelState.IsValid)
        {
            return Page();
        }

        var user = await signIn.UserManager.FindByNameAsync(UserName);
        var result = user is null ? Microsoft.AspNetCore.Identity.SignInResult.Failed : await signIn.PasswordSignInAsync(user, Password, isPersistent: false, lockoutOnFailure: true);
        await audit.RecordAsync(UserName, result.Succeeded, SignInAudit.LocalAccount, HttpContext.RequestAborted);
        if (result.Succeeded)
        {
            // Only local addresses: a crafted link must not turn the login page into a redirect to a phishing site.
            // Without one, admins land on the admin home and staff on the console.
            var home = await signIn.UserManager.IsInRoleAsync(user!, StaffRoles.Admin) ? "/Admin" : "/Console";
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl! : home);
        }

        if (user is null || result.IsLockedOut || result.IsNotAllowed)
        {
            // These answer without hashing the password; hashing anyway keeps the time of every failure alike.
            hasher.VerifyHashedPassword(Decoy.Value.User, Decoy.Value.Hash, Password);
        }

        throttle.RecordFailure(HttpContext);
        Error = FailureMessage;
        return Page();
    }
}
