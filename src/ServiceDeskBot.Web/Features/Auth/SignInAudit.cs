using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// Writes every sign-in, failed sign-in and sign-out (local and single sign-on) to the audit trail, in the name that was used:
/// the account's for a success, the name typed or sent by the provider for a failure (masked, since a citizen's phone
/// number typed into the wrong field is still personal data). Throttled attempts are refused before they get here.
/// </summary>
public sealed class SignInAudit(IDbContextFactory<ServiceDeskDbContext> dbFactory, PiiMasker masker, TimeProvider time)
{
    public const string LocalAccount = "本地账户";
    public const string SingleSignOn = "统一身份认证";

    private const string UnknownName = "（未提供用户名）";

    public async Task RecordAsync(string? userName, bool succeeded, string method, CancellationToken cancellationToken)
    {
        var name = string.IsNullOrWhiteSpace(userName) ? UnknownName : masker.Mask(userName.Trim());
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(db, time.GetUtcNow(), name, AuditEntityTypes.StaffUser, name,
            succeeded ? CurationAction.SignIn : CurationAction.SignInFailed, (succeeded ? "登录成功：" : "登录失败：") + method);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A sign-out, in the account's name; <paramref name="method"/> says how that session was signed in.</summary>
    public async Task RecordSignOutAsync(string userName, string method, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(userName);
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(db, time.GetUtcNow(), userName, AuditEntityTypes.StaffUser, userName, CurationAction.SignOut, "退出登录：" + method);
        await db.SaveChangesAsync(cancellationToken);
    }
}
