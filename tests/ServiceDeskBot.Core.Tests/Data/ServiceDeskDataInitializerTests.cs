using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class ServiceDeskDataInitializerTests
{
    [Fact]
    public async Task Initialize_applies_every_migration_to_a_new_database_file()
    {
        await using var host = await TestDataHost.StartAsync(initialize: false);

        await host.Get<DatabaseStartup>().PrepareAsync(CancellationToken.None);

        await using var db = host.CreateDbContext();
        Assert.True(File.Exists(Path.Combine(host.Directory, DatabaseConfigurator.SqliteFileName)));
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
        Assert.NotEmpty(await db.Database.GetAppliedMigrationsAsync());
        Assert.Equal(0, await db.AskLog.CountAsync());
    }

    [Fact]
    public async Task Migrations_cover_every_change_to_the_model()
    {
        await using var host = await TestDataHost.StartAsync();
        await using var db = host.CreateDbContext();

        var pending = db.Database.HasPendingModelChanges();

        Assert.False(pending, "Run dotnet ef migrations add for the model change.");
    }

    [Fact]
    public async Task Initialize_imports_every_default_template_and_the_example_curated_answers()
    {
        await using var host = await TestDataHost.StartAsync();

        await using var db = host.CreateDbContext();
        var keys = await db.AnswerTemplates.Select(t => t.Key).ToListAsync();
        Assert.Equal(TemplateKeys.All.Order(), keys.Order());
        Assert.Equal(3, await db.CuratedAnswers.CountAsync());
        Assert.All(await db.CuratedAnswers.ToListAsync(), a => Assert.Equal(1, a.Version));
    }

    [Fact]
    public async Task Initialize_on_a_later_start_keeps_admin_edits_and_deletions()
    {
        await using var host = await TestDataHost.StartAsync();
        await using (var db = host.CreateDbContext())
        {
            var greeting = await db.AnswerTemplates.SingleAsync(t => t.Key == TemplateKeys.Greeting);
            greeting.Body = "管理员修改后的问候语";
            db.CuratedAnswers.Remove(await db.CuratedAnswers.OrderBy(a => a.Id).FirstAsync());
            await db.SaveChangesAsync();
        }

        await host.Get<ServiceDeskDataInitializer>().SeedAsync(CancellationToken.None);

        await using var check = host.CreateDbContext();
        var body = await check.AnswerTemplates.Where(t => t.Key == TemplateKeys.Greeting).Select(t => t.Body).SingleAsync();
        Assert.Equal("管理员修改后的问候语", body);
        Assert.Equal(2, await check.CuratedAnswers.CountAsync());
        Assert.Equal(TemplateKeys.All.Count, await check.AnswerTemplates.CountAsync());
    }
}
