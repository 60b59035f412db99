using System.Buffers.Text;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Auth;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// The one-time setup link of a fresh install: while no account holds the Admin role, each start issues a random
/// token (valid for <see cref="Lifetime"/> or until any link creates an admin), stores only its SHA-256 hash, and the
/// setup page creates the first admin with it. Once an admin exists, every link is dead, however it came about.
/// </summary>
public sealed class FirstAdminSetup(
    IDbContextFactory<AuthDbContext> authFactory,
    IDbContextFactory<ServiceDeskDbContext> deskFactory,
    IServiceScopeFactory scopes,
    TimeProvider time)
{
    /// <summary>How long an unused link stays valid.</summary>
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(24);

    /// <summary>Path of the setup page; the token travels as its <c>token</c> query parameter.</summary>
    public const string PagePath = "/Account/Setup";

    // Identity's default normaliser upper-cases role names.
    private const string NormalizedAdminRole = "ADMIN";

    /// <summary>A new token when no admin exists yet, otherwise null (and any unused links are closed).</summary>
    public async Task<string?> IssueAsync(CancellationToken cancellationToken)
    {
        await using var db = await authFactory.CreateDbContextAsync(cancellationToken);
        if (await AdminExistsAsync(db, cancellationToken))
        {
            await CloseOpenLinksAsync(db, cancellationToken);
            return null;
        }

        var token = Base64Url.EncodeToString(RandomNumberGenerator.GetBytes(32));
        var now = time.GetUtcNow();
        db.AdminSetupTokens.Add(new AdminSetupToken { TokenHash = HashOf(token), CreatedAt = now, ExpiresAt = now + Lifetime });
        await db.SaveChangesAsync(cancellationToken);
        return token;
    }

    /// <summary>Whether <paramref name="token"/> opens the setup page now.</summary>
    public async Task<bool> IsValidAsync(string? token, CancellationToken cancellationToken)
    {
        await using var db = await authFactory.CreateDbContextAsync(cancellationToken);
        return await FindOpenAsync(db, token, cancellationToken) is not null && !await AdminExistsAsync(db, cancellationToken);
    }

    /// <summary>
    /// Creates the first admin with <paramref name="token"/>. The link is claimed before the account is made (so two
    /// submissions of one link cannot both succeed) and released again if Identity refuses the name or password.
    /// </summary>
    public async Task<FirstAdminOutcome> CreateAdminAsync(string? token, string userName, string password, CancellationToken cancellationToken)
    {
        await using var db = await authFactory.CreateDbContextAsync(cancellationToken);
        if (await FindOpenAsync(db, token, cancellationToken) is not { } link || await AdminExistsAsync(db, cancellationToken))
        {
            return FirstAdminOutcome.LinkDead();
        }

        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        var user = new IdentityUser(userName.Trim());
        var problems = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var checkedPassword = await validator.ValidateAsync(users, user, password);
            problems.AddRange(checkedPassword.Errors.Select(StaffAccountErrors.Describe));
        }

        if (await users.FindByNameAsync(user.UserName!) is not null)
        {
            problems.Add("该用户名已被使用");
        }

        if (problems.Count > 0)
        {
            return FirstAdminOutcome.Refused(problems);
        }

        var now = time.GetUtcNow();
        var claimed = await db.AdminSetupTokens
            .Where(t => t.Id == link.Id && t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
        if (claimed != 1)
        {
            return FirstAdminOutcome.LinkDead();
        }

        var created = await users.CreateAsync(user, password);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, StaffRoles.Admin);
            if (!created.Succeeded)
            {
                await users.DeleteAsync(user);
            }
        }

        if (!created.Succeeded)
        {
            await db.AdminSetupTokens.Where(t => t.Id == link.Id)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, (DateTimeOffset?)null), cancellationToken);
            return FirstAdminOutcome.Refused([.. created.Errors.Select(StaffAccountErrors.Describe)]);
        }

        await CloseOpenLinksAsync(db, cancellationToken);
        await using var desk = await deskFactory.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(desk, now, user.UserName!, AuditEntityTypes.StaffUser, user.Id, CurationAction.Create,
            $"通过首次设置链接创建首个管理员“{user.UserName}”");
        await desk.SaveChangesAsync(cancellationToken);
        return FirstAdminOutcome.Created(user);
    }

    private async Task<AdminSetupToken?> FindOpenAsync(AuthDbContext db, string? token, CancellationToken cancellationToken)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 100)
        {
            return null;
        }

        var hash = HashOf(token);
        var link = await db.AdminSetupTokens.AsNoTracking().FirstOrDefaultAsync(t => t.TokenHash == hash, cancellationToken);
        return link is { UsedAt: null } && link.ExpiresAt > time.GetUtcNow() ? link : null;
    }

    private static async Task<bool> AdminExistsAsync(AuthDbContext db, CancellationToken cancellationToken)
    {
        var adminRoleIds = db.Roles.Where(r => r.NormalizedName == NormalizedAdminRole).Select(r => r.Id);
        return await db.UserRoles.AnyAsync(ur => adminRoleIds.Contains(ur.RoleId), cancellationToken);
    }

    private async Task CloseOpenLinksAsync(AuthDbContext db, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        await db.AdminSetupTokens.Where(t => t.UsedAt == null)
            .ExecuteUpdateAsync(s => s.SetProperty(t => t.UsedAt, now), cancellationToken);
    }

    private static string HashOf(string token) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(token)));
}
