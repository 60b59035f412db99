using System.Security.Cryptography;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Auth;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Web.Features.Auth;

namespace ServiceDeskBot.Web.Features.Admin.Users;

/// <summary>
/// The admin's user management: list, create, disable and enable, reset password, change role. Nobody can disable or
/// demote themselves or the last enabled admin; that check and the change it allows run under one lock
/// (<see cref="UnderAdminLockAsync"/>), so two admins disabling or demoting each other at the same moment cannot both
/// pass it and leave no admin. Every change is audited (the audit entry is saved after the account change commits,
/// in the other database context; a password never reaches the audit or a log).
/// </summary>
public sealed class StaffDirectory(
    UserManager<IdentityUser> users,
    AuthDbContext accounts,
    StaffSignInRecorder signIns,
    IDbContextFactory<ServiceDeskDbContext> deskFactory,
    TimeProvider time)
{
    // Any fixed number: every node takes the same PostgreSQL advisory lock for changes that may remove an admin.
    private const long AdminChangesLockKey = 0x5344_4254_4144_4D4E;

    // Letters and digits a person can read aloud without confusion (no 0/O, 1/l/I).
    private const string PasswordAlphabet = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKMNPQRSTUVWXYZ23456789";

    public static string RoleName(string? role) => role switch
    {
        StaffRoles.Admin => "管理员",
        StaffRoles.Staff => "工作人员",
        _ => "无角色",
    };

    public async Task<IReadOnlyList<StaffAccount>> ListAsync(CancellationToken cancellationToken)
    {
        var lastSignIns = await signIns.GetAsync(cancellationToken);
        var all = await users.Users.AsNoTracking().OrderBy(u => u.UserName).ToListAsync(cancellationToken);
        var admins = (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var staff = (await users.GetUsersInRoleAsync(StaffRoles.Staff)).Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var now = time.GetUtcNow();
        var rows = new List<StaffAccount>(all.Count);
        foreach (var user in all)
        {
            var role = admins.Contains(user.Id) ? StaffRoles.Admin : staff.Contains(user.Id) ? StaffRoles.Staff : null;
            var disabled = user.LockoutEnd == StaffAccessCache.DisabledUntil;
            var lockedOut = !disabled && user.LockoutEnd > now;
            var linked = (await users.GetLoginsAsync(user)).Count > 0;
            rows.Add(new StaffAccount(user.Id, user.UserName ?? "", role, !disabled, lockedOut,
                lastSignIns.TryGetValue(user.Id, out var at) ? at : null, linked));
        }

        return rows;
    }

    /// <summary>Creates an account; without <paramref name="password"/> a one-time password is generated and returned.</summary>
    public async Task<StaffAccountChange> CreateAsync(string userName, string role, string? password, string actor, CancellationToken cancellationToken)
    {
        if (!StaffRoles.All.Contains(role))
        {
            return StaffAccountChange.Refused("请选择角色");
        }

        var name = userName.Trim();
        if (await users.FindByNameAsync(name) is not null)
        {
            return StaffAccountChange.Refused($"用户名“{name}”已被使用");
        }

        var generated = string.IsNullOrEmpty(password) ? NewPassword() : null;
        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, generated ?? password!);
        if (created.Succeeded)
        {
            created = await users.AddToRoleAsync(user, role);
            if (!created.Succeeded)
            {
                await users.DeleteAsync(user);
            }
        }

        if (!created.Succeeded)
        {
            return StaffAccountChange.Refused(Describe(created));
        }

        await AuditAsync(actor, user, CurationAction.Create, $"创建账号“{name}”（{RoleName(role)}）", cancellationToken);
        return new StaffAccountChange(true, $"已创建账号“{name}”（{RoleName(role)}）", generated);
    }

    public async Task<StaffAccountChange> SetEnabledAsync(string id, bool enabled, string actor, CancellationToken cancellationToken)
    {
        // Enabling never removes an admin, so it needs no lock.
        var (change, audit) = enabled
            ? await ChangeEnabledAsync(id, true, actor)
            : await UnderAdminLockAsync(() => ChangeEnabledAsync(id, false, actor), cancellationToken);
        return await AuditedAsync(change, audit, actor, cancellationToken);
    }

    private async Task<(StaffAccountChange, AccountAudit?)> ChangeEnabledAsync(string id, bool enabled, string actor)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (StaffAccountChange.Refused("没有这个账号"), null);
        }

        if (!enabled && await GuardAsync(user, actor) is { } refusal)
        {
            return (StaffAccountChange.Refused(refusal), null);
        }

        var changed = await users.SetLockoutEnabledAsync(user, true);
        if (changed.Succeeded)
        {
            changed = await users.SetLockoutEndDateAsync(user, enabled ? null : StaffAccessCache.DisabledUntil);
        }

        if (changed.Succeeded && !enabled)
        {
            // A new stamp ends every session the account has open, not only new sign-ins.
            changed = await users.UpdateSecurityStampAsync(user);
        }

        if (!changed.Succeeded)
        {
            return (StaffAccountChange.Refused(Describe(changed)), null);
        }

        var verb = enabled ? "启用" : "停用";
        return (new StaffAccountChange(true, $"已{verb}账号“{user.UserName}”"),
            new AccountAudit(user, enabled ? CurationAction.Enable : CurationAction.Disable, $"{verb}账号“{user.UserName}”"));
    }

    /// <summary>Sets <paramref name="password"/>, or a generated one-time password when it is empty; ends the account's sessions.</summary>
    public async Task<StaffAccountChange> ResetPasswordAsync(string id, string? password, string actor, CancellationToken cancellationToken)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return StaffAccountChange.Refused("没有这个账号");
        }

        var generated = string.IsNullOrEmpty(password) ? NewPassword() : null;
        var reset = await users.ResetPasswordAsync(user, await users.GeneratePasswordResetTokenAsync(user), generated ?? password!);
        if (!reset.Succeeded)
        {
            return StaffAccountChange.Refused(Describe(reset));
        }

        await users.ResetAccessFailedCountAsync(user);
        await AuditAsync(actor, user, CurationAction.Edit, $"重置账号“{user.UserName}”的密码", cancellationToken);
        return new StaffAccountChange(true, $"已重置账号“{user.UserName}”的密码", generated);
    }

    public async Task<StaffAccountChange> SetRoleAsync(string id, string role, string actor, CancellationToken cancellationToken)
    {
        if (!StaffRoles.All.Contains(role))
        {
            return StaffAccountChange.Refused("请选择角色");
        }

        // Making someone an admin never removes one, so it needs no lock.
        var (change, audit) = role == StaffRoles.Admin
            ? await ChangeRoleAsync(id, role, actor)
            : await UnderAdminLockAsync(() => ChangeRoleAsync(id, role, actor), cancellationToken);
        return await AuditedAsync(change, audit, actor, cancellationToken);
    }

    private async Task<(StaffAccountChange, AccountAudit?)> ChangeRoleAsync(string id, string role, string actor)
    {
        if (await users.FindByIdAsync(id) is not { } user)
        {
            return (StaffAccountChange.Refused("没有这个账号"), null);
        }

        var current = await users.GetRolesAsync(user);
        if (current.Count == 1 && current[0] == role)
        {
            return (new StaffAccountChange(true, $"账号“{user.UserName}”已是{RoleName(role)}"), null);
        }

        if (role != StaffRoles.Admin && await GuardAsync(user, actor) is { } refusal)
        {
            return (StaffAccountChange.Refused(refusal), null);
        }

        var changed = await users.AddToRoleAsync(user, role);
        var others = current.Where(r => r != role).ToList();
        if (changed.Succeeded && others.Count > 0)
        {
            changed = await users.RemoveFromRolesAsync(user, others);
        }

        if (!changed.Succeeded)
        {
            return (StaffAccountChange.Refused(Describe(changed)), null);
        }

        var before = current.Count == 0 ? "无角色" : string.Join("、", current.Select(RoleName));
        return (new StaffAccountChange(true, $"账号“{user.UserName}”现在是{RoleName(role)}"),
            new AccountAudit(user, CurationAction.Edit, $"将账号“{user.UserName}”的角色由{before}改为{RoleName(role)}"));
    }

    /// <summary>
    /// Runs a change that may take admin rights away (its last-admin check included) in one transaction of the
    /// accounts' context, which the user manager's writes join, holding a lock that every such change takes first:
    /// on SQLite the write lock (<c>BEGIN IMMEDIATE</c>, so a second change waits, then reads what the first
    /// committed), on PostgreSQL a transaction-scoped advisory lock shared by every node. Rolled back unless the
    /// change succeeded.
    /// </summary>
    private async Task<(StaffAccountChange, AccountAudit?)> UnderAdminLockAsync(
        Func<Task<(StaffAccountChange, AccountAudit?)>> change, CancellationToken cancellationToken)
    {
        await using var transaction = await accounts.Database.BeginTransactionAsync(cancellationToken);
        if (accounts.Database.IsNpgsql())
        {
            await accounts.Database.ExecuteSqlAsync($"SELECT pg_advisory_xact_lock({AdminChangesLockKey})", cancellationToken);
        }

        var (result, audit) = await change();
        if (result.Done)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return (result, audit);
    }

    // The audit is written once the account change is committed, so a refused or rolled-back change leaves none.
    private async Task<StaffAccountChange> AuditedAsync(StaffAccountChange change, AccountAudit? audit, string actor, CancellationToken cancellationToken)
    {
        if (audit is not null)
        {
            await AuditAsync(actor, audit.User, audit.Action, audit.Summary, cancellationToken);
        }

        return change;
    }

    private sealed record AccountAudit(IdentityUser User, CurationAction Action, string Summary);

    // Refuses taking admin rights from oneself (one could lock everyone out) or from the last enabled admin.
    private async Task<string?> GuardAsync(IdentityUser user, string actor)
    {
        if (string.Equals(user.UserName, actor, StringComparison.Ordinal))
        {
            return "不能停用自己的账号或取消自己的管理员角色";
        }

        if (!await users.IsInRoleAsync(user, StaffRoles.Admin))
        {
            return null;
        }

        var enabledAdmins = (await users.GetUsersInRoleAsync(StaffRoles.Admin)).Count(u => u.LockoutEnd != StaffAccessCache.DisabledUntil);
        return enabledAdmins <= 1 ? "这是最后一个可用的管理员账号，不能停用或降级" : null;
    }

    private async Task AuditAsync(string actor, IdentityUser user, CurationAction action, string summary, CancellationToken cancellationToken)
    {
        await using var desk = await deskFactory.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(desk, time.GetUtcNow(), actor, AuditEntityTypes.StaffUser, user.Id, action, summary);
        await desk.SaveChangesAsync(cancellationToken);
    }

    private static string NewPassword() =>
        RandomNumberGenerator.GetString(PasswordAlphabet, 12) + RandomNumberGenerator.GetString("23456789", 2);

    private static string Describe(IdentityResult result) => string.Join("；", result.Errors.Select(StaffAccountErrors.Describe));
}
