using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Web.Features.Admin.Curated;

namespace ServiceDeskBot.Web.Features.Admin.Users;

/// <summary>
/// User management: the accounts with role, state and last sign-in; create, disable or enable, reset password and
/// change role. A generated password is rendered on the response only (never redirected, stored or logged).
/// </summary>
public sealed class IndexModel(StaffDirectory directory) : PageModel
{
    public IReadOnlyList<StaffAccount> Accounts { get; private set; } = [];

    public StaffAccountChange? Change { get; private set; }

    /// <summary>The account a generated password belongs to, shown beside it.</summary>
    public string? PasswordFor { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "请填写用户名")]
    [StringLength(64, ErrorMessage = "用户名最多 64 个字符")]
    public string UserName { get; set; } = "";

    [BindProperty]
    [RegularExpression("^(Admin|Staff)$", ErrorMessage = "请选择角色")]
    public string Role { get; set; } = "Staff";

    [BindProperty]
    [StringLength(512)]
    [DataType(DataType.Password)]
    public string? Password { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Accounts = await directory.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            return await RefusedAsync(cancellationToken);
        }

        var change = await directory.CreateAsync(UserName, Role, Password, CurationUser.NameOf(User), cancellationToken);
        return await ShowAsync(change, UserName.Trim(), cancellationToken);
    }

    public async Task<IActionResult> OnPostDisableAsync(string id, CancellationToken cancellationToken) =>
        await ShowAsync(await directory.SetEnabledAsync(id, enabled: false, CurationUser.NameOf(User), cancellationToken), null, cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(string id, CancellationToken cancellationToken) =>
        await ShowAsync(await directory.SetEnabledAsync(id, enabled: true, CurationUser.NameOf(User), cancellationToken), null, cancellationToken);

    public async Task<IActionResult> OnPostRoleAsync(string id, string newRole, CancellationToken cancellationToken) =>
        await ShowAsync(await directory.SetRoleAsync(id, newRole ?? "", CurationUser.NameOf(User), cancellationToken), null, cancellationToken);

    public async Task<IActionResult> OnPostResetAsync(string id, string? newPassword, string? userName, CancellationToken cancellationToken) =>
        await ShowAsync(await directory.ResetPasswordAsync(id, newPassword, CurationUser.NameOf(User), cancellationToken), userName, cancellationToken);

    private async Task<IActionResult> ShowAsync(StaffAccountChange change, string? account, CancellationToken cancellationToken)
    {
        // Row actions post no create-form fields; their absence is not an error to show.
        ModelState.Clear();
        Change = change;
        PasswordFor = change.OneTimePassword is null ? null : account;
        if (change.Done)
        {
            UserName = "";
            Password = null;
        }
        else
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        if (change.OneTimePassword is not null)
        {
            Response.Headers.CacheControl = "no-store";
        }

        Accounts = await directory.ListAsync(cancellationToken);
        return Page();
    }

    private async Task<IActionResult> RefusedAsync(CancellationToken cancellationToken)
    {
        Response.StatusCode = StatusCodes.Status400BadRequest;
        Accounts = await directory.ListAsync(cancellationToken);
        return Page();
    }
}
