using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Features.Admin.Curated;

namespace ServiceDeskBot.Web.Features.Admin.ApiKeys;

/// <summary>API keys for automation: create (the key is shown once), list with last use, revoke.</summary>
public sealed class IndexModel(ApiKeyStore keys) : PageModel
{
    public IReadOnlyList<ApiKey> Keys { get; private set; } = [];

    /// <summary>The key just created, shown on this response only.</summary>
    public string? CreatedSecret { get; private set; }

    public string? Message { get; private set; }

    [BindProperty]
    [Required(ErrorMessage = "请填写密钥名称")]
    [StringLength(100, ErrorMessage = "名称不能超过 100 个字符")]
    public string Name { get; set; } = "";

    [BindProperty]
    [RegularExpression("^(Admin|Staff)$", ErrorMessage = "角色只能是 Admin 或 Staff")]
    public string Role { get; set; } = ApiKeyStore.AdminRole;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Keys = await keys.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostCreateAsync(CancellationToken cancellationToken)
    {
        if (!ModelState.IsValid)
        {
            Response.StatusCode = StatusCodes.Status400BadRequest;
            Keys = await keys.ListAsync(cancellationToken);
            return Page();
        }

        // Rendered, not redirected: the key must never travel in a URL or TempData, and is not stored anywhere.
        var (_, secret) = await keys.CreateAsync(Name, Role, CurationUser.NameOf(User), cancellationToken);
        CreatedSecret = secret;
        Name = "";
        Keys = await keys.ListAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostRevokeAsync(int id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        Message = await keys.RevokeAsync(id, CurationUser.NameOf(User), cancellationToken) ? "密钥已吊销，立即失效。" : "该密钥不存在或已吊销。";
        Keys = await keys.ListAsync(cancellationToken);
        return Page();
    }
}
