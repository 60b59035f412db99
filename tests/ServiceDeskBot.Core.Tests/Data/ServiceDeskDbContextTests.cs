using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class ServiceDeskDbContextTests
{
    [Fact]
    public async Task Saving_a_curated_answer_edited_from_a_stale_copy_raises_a_concurrency_exception()
    {
        await using var host = await TestDataHost.StartAsync();
        await using var first = host.CreateDbContext();
        await using var second = host.CreateDbContext();
        var mine = await first.CuratedAnswers.OrderBy(a => a.Id).FirstAsync();
        var theirs = await second.CuratedAnswers.OrderBy(a => a.Id).FirstAsync();
        theirs.Answer = "另一位管理员先保存的答案";
        await second.SaveChangesAsync();

        mine.Answer = "基于旧版本的修改";

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => first.SaveChangesAsync());
    }

    [Fact]
    public async Task Saving_a_change_increments_the_version_and_keeps_the_lists()
    {
        await using var host = await TestDataHost.StartAsync();
        int id;
        await using (var db = host.CreateDbContext())
        {
            var answer = new CuratedAnswer { Question = "测试问题", AlternateQuestions = ["另一种问法"], Answer = "测试答案", CitedPassageIds = ["p-1", "p-2"] };
            db.CuratedAnswers.Add(answer);
            await db.SaveChangesAsync();
            answer.Answer = "修改后的答案";
            await db.SaveChangesAsync();
            id = answer.Id;
        }

        await using var check = host.CreateDbContext();
        var stored = await check.CuratedAnswers.SingleAsync(a => a.Id == id);

        Assert.Equal(2, stored.Version);
        Assert.Equal(["另一种问法"], stored.AlternateQuestions);
        Assert.Equal(["p-1", "p-2"], stored.CitedPassageIds);
        Assert.NotEqual(default, stored.CreatedAt);
    }

    [Fact]
    public async Task Saving_a_template_with_a_syntax_error_is_refused_with_its_line_and_column()
    {
        await using var host = await TestDataHost.StartAsync();
        await using var db = host.CreateDbContext();
        var template = await db.AnswerTemplates.SingleAsync(t => t.Key == TemplateKeys.Thanks);
        template.Body = "第一行\n{{ if hotline }}没有结束";

        var error = await Assert.ThrowsAsync<TemplateValidationException>(() => db.SaveChangesAsync());

        Assert.NotEmpty(error.Errors);
        Assert.Contains(error.Errors, e => e.Line >= 2);
    }
}
