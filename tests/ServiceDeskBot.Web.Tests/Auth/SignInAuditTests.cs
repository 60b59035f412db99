using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Web.Tests.Auth;

public sealed class SignInAuditTests(AuthAppFactory factory) : IClassFixture<AuthAppFactory>
{
    [Fact]
    public async Task A_local_sign_in_is_audited_in_the_account_s_name()
    {
        var password = TestPasswords.New();
        await factory.CreateUserAsync("audited-clerk", "Staff", password);
        using var client = factory.CreateBrowserClient();

        using var login = await SignInForm.PostAsync(client, "audited-clerk", password);

        var entry = await LastEntryForAsync("audited-clerk");
        Assert.Equal(CurationAction.SignIn, entry.Action);
        Assert.Equal(AuditEntityTypes.StaffUser, entry.EntityType);
    }

    [Fact]
    public async Task A_failed_local_sign_in_is_audited_in_the_name_that_was_typed()
    {
        await factory.CreateUserAsync("audited-admin", "Admin", TestPasswords.New());
        using var client = factory.CreateBrowserClient();

        using var login = await SignInForm.PostAsync(client, "audited-admin", "wrong-" + TestPasswords.New());

        var entry = await LastEntryForAsync("audited-admin");
        Assert.Equal(CurationAction.SignInFailed, entry.Action);
    }

    [Fact]
    public async Task A_phone_number_typed_as_the_user_name_is_audited_masked()
    {
        using var client = factory.CreateBrowserClient();

        using var login = await SignInForm.PostAsync(client, "13812345678", "wrong-" + TestPasswords.New());

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var names = await db.AuditEntries.Where(a => a.EntityType == AuditEntityTypes.StaffUser).Select(a => a.Author).ToListAsync();
        Assert.Contains("138****5678", names);
        Assert.DoesNotContain("13812345678", names);
    }

    private async Task<AuditEntry> LastEntryForAsync(string author)
    {
        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        return await db.AuditEntries.Where(a => a.Author == author && a.EntityType == AuditEntityTypes.StaffUser).OrderByDescending(a => a.Id).FirstAsync();
    }
}

public sealed class UsersCommandAuditTests(AuthAppFactory factory) : IClassFixture<AuthAppFactory>
{
    [Fact]
    public async Task Users_add_and_disable_are_audited_in_the_operating_system_user_s_name()
    {
        var command = factory.Services.GetRequiredService<ServiceDeskBot.Web.Features.Auth.StaffUserCommand>();
        await command.RunAsync(["users", "add", "audit-window", "--role", "Staff", "--password-stdin"], new StringReader(TestPasswords.New()), TextWriter.Null, CancellationToken.None);

        await command.RunAsync(["users", "disable", "audit-window"], TextReader.Null, TextWriter.Null, CancellationToken.None);

        await using var db = await factory.Services.GetRequiredService<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        var entries = await db.AuditEntries.Where(a => a.EntityType == AuditEntityTypes.StaffUser && a.EntityId == "audit-window")
            .OrderBy(a => a.Id).Select(a => new { a.Author, a.Action }).ToListAsync();
        Assert.Equal(
            [("cli:" + Environment.UserName, CurationAction.Create), ("cli:" + Environment.UserName, CurationAction.Disable)],
            entries.Select(e => (e.Author, e.Action)));
    }
}
