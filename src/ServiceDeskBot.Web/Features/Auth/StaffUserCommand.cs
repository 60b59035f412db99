using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Web.Features.Auth;

/// <summary>
/// The <c>users</c> verb: <c>users add NAME --role Admin|Staff --password-stdin</c>, <c>users list</c>, and
/// <c>users disable NAME</c> / <c>users enable NAME</c>. The password is read from standard input so it never appears
/// in the process list or the shell history. Disabling ends the account's sessions: a running server stops accepting
/// them within <c>Auth:AccessCheckSeconds</c>. Each change is audited in the name of the operating-system user, as
/// <c>cli:USER</c>.
/// </summary>
public sealed class StaffUserCommand(IServiceScopeFactory scopes, DatabaseStartup database)
{
    public const string Verb = "users";

    private const string Usage = "usage: users add NAME --role Admin|Staff --password-stdin | users list | users disable NAME | users enable NAME";

    /// <summary>Runs the verb and returns the process exit code (0 success, 1 failure, 2 bad usage).</summary>
    public async Task<int> RunAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(input);
        ArgumentNullException.ThrowIfNull(output);
        if (args.Count < 2 || args[0] != Verb)
        {
            await output.WriteLineAsync(Usage);
            return 2;
        }

        // The web server's hosted services do not run for a verb, so the schema and roles are prepared here.
        await database.PrepareAsync(cancellationToken);
        return args[1] switch
        {
            "add" => await AddAsync(args, input, output, cancellationToken),
            "list" when args.Count == 2 => await ListAsync(output, cancellationToken),
            "disable" when args.Count == 3 => await SetDisabledAsync(args[2], disabled: true, output),
            "enable" when args.Count == 3 => await SetDisabledAsync(args[2], disabled: false, output),
            _ => await UsageAsync(output),
        };
    }

    private async Task<int> AddAsync(IReadOnlyList<string> args, TextReader input, TextWriter output, CancellationToken cancellationToken)
    {
        if (args.Count != 6 || args[3] != "--role" || args[5] != "--password-stdin"
            || !(args[4] is StaffRoles.Admin or StaffRoles.Staff))
        {
            return await UsageAsync(output);
        }

        var (name, role) = (args[2], args[4]);
        var password = (await input.ReadLineAsync(cancellationToken))?.TrimEnd('\r') ?? "";
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(name) is not null)
        {
            await output.WriteLineAsync($"user {name} already exists");
            return 1;
        }

        var user = new IdentityUser(name);
        var created = await users.CreateAsync(user, password);
        if (!created.Succeeded)
        {
            await output.WriteLineAsync($"could not create {name}: {Describe(created)}");
            return 1;
        }

        var added = await users.AddToRoleAsync(user, role);
        if (!added.Succeeded)
        {
            await users.DeleteAsync(user);
            await output.WriteLineAsync($"could not give {name} the role {role}: {Describe(added)}");
            return 1;
        }

        await AuditAsync(scope, name, CurationAction.Create, $"新建工作人员账户 {name}（{role}）", cancellationToken);
        await output.WriteLineAsync($"created {name} ({role})");
        return 0;
    }

    private static async Task AuditAsync(AsyncServiceScope scope, string name, CurationAction action, string summary, CancellationToken cancellationToken)
    {
        var dbFactory = scope.ServiceProvider.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>();
        await using var db = await dbFactory.CreateDbContextAsync(cancellationToken);
        AuditTrail.Add(db, scope.ServiceProvider.GetRequiredService<TimeProvider>().GetUtcNow(), "cli:" + Environment.UserName,
            AuditEntityTypes.StaffUser, name, action, summary);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<int> ListAsync(TextWriter output, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        foreach (var user in await users.Users.OrderBy(u => u.UserName).ToListAsync(cancellationToken))
        {
            var roles = await users.GetRolesAsync(user);
            var locked = user.LockoutEnd == StaffAccessCache.DisabledUntil ? " disabled" : await users.IsLockedOutAsync(user) ? " locked" : "";
            await output.WriteLineAsync($"{user.UserName}\t{string.Join(',', roles.Order(StringComparer.Ordinal))}{locked}");
        }

        return 0;
    }

    private async Task<int> SetDisabledAsync(string name, bool disabled, TextWriter output)
    {
        await using var scope = scopes.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<IdentityUser>>();
        if (await users.FindByNameAsync(name) is not { } user)
        {
            await output.WriteLineAsync($"no user named {name}");
            return 1;
        }

        var changed = await users.SetLockoutEnabledAsync(user, true);
        if (changed.Succeeded)
        {
            changed = await users.SetLockoutEndDateAsync(user, disabled ? StaffAccessCache.DisabledUntil : null);
        }

        if (changed.Succeeded && disabled)
        {
            // A new stamp ends every session the account has open, not only new sign-ins.
            changed = await users.UpdateSecurityStampAsync(user);
        }

        if (!changed.Succeeded)
        {
            await output.WriteLineAsync($"could not {(disabled ? "disable" : "enable")} {name}: {Describe(changed)}");
            return 1;
        }

        await AuditAsync(scope, name, disabled ? CurationAction.Disable : CurationAction.Enable,
            (disabled ? "停用工作人员账户 " : "启用工作人员账户 ") + name, CancellationToken.None);
        await output.WriteLineAsync($"{(disabled ? "disabled" : "enabled")} {name}");
        return 0;
    }

    private static async Task<int> UsageAsync(TextWriter output)
    {
        await output.WriteLineAsync(Usage);
        return 2;
    }

    private static string Describe(IdentityResult result) => string.Join("; ", result.Errors.Select(e => e.Description));
}
