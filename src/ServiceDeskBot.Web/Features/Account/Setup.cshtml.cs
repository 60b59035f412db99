using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Account;

/// <summary>
/// Creates the first administrator from the one-time link the service logs at its first start. A used, expired or
/// unknown link, or any link once an admin exists, answers 410 with a page that says where to go instead.
/// </summary>
[AllowAnonymous]
public sealed class SetupModel(FirstAdminSetup setup, SignInManager<IdentityUser> signIn) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Token { get; set; }

    [BindProperty]
    [Required(ErrorMessage = "请输入用户名")]
    [StringLength(64, ErrorMessage = "用户名最多 64 个字符")]
    [Display(Name = "用户名")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请输入密码")]
    [StringLength(512)]
    [DataType(DataType.Password)]
    [Display(Name = "密码")]
    public string Password { get; set; } = "";

    [BindProperty]
    [Required(ErrorMessage = "请再次输入密码")]
    [Compare(nameof(Password), ErrorMessage = "两次输入的密码不一致")]
    [DataType(DataType.Password)]
    [Display(Name = "确认密码")]
    public string ConfirmPassword { get; set; } = "";

    public bool LinkDead { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await setup.IsValidAsync(Token, cancellationToken))
        {
            return Dead();
        }

        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await setup.IsValidAsync(Token, cancellationToken) ? Page() : Dead();
        }

        var outcome = await setup.CreateAdminAsync(Token, UserName, Password, cancellationToken);
        if (outcome.IsLinkDead)
        {
            return Dead();
        }

        if (outcome.Admin is not { } admin)
        {
            Problems = outcome.Problems;
            return Page();
        }

        await signIn.SignInAsync(admin, isPersistent: false);
        return LocalRedirect("/Admin");
    }

    private PageResult Dead()
    {
        LinkDead = true;
        Response.StatusCode = StatusCodes.Status410Gone;
        return Page();
    }
}
