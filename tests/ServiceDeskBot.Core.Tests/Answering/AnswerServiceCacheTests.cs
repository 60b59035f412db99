using Microsoft.EntityFrameworkCore;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Data;
using ServiceDeskBot.Core.Templates;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AnswerServiceCacheTests(CachedAnswerPipelineFixture fixture) : IClassFixture<CachedAnswerPipelineFixture>
{
    private const string ParkQuestion = "中原小微企业园一期入驻了多少家智能制造企业？";

    private AnswerPipelineHost Pipeline => fixture.Host;

    private Task<AskResult> AskAsync(string question, string? conversationId = null) =>
        Pipeline.Answers.AskAsync(new AskRequest(question, conversationId, "test"), CancellationToken.None);

    private static bool Cached(AskResult result) => result.Decision.Count > 0 && result.Decision[0].Code == DecisionCode.Cached;

    [Fact]
    public async Task A_repeated_question_gets_the_reply_it_got_before_under_an_ask_id_of_its_own()
    {
        var first = await AskAsync(ParkQuestion);

        var repeat = await AskAsync(ParkQuestion);

        Assert.False(Cached(first), first.Reason);
        Assert.True(Cached(repeat), repeat.Reason);
        Assert.Equal(first.Answer, repeat.Answer);
        Assert.Equal(first.Citations, repeat.Citations);
        Assert.Equal(first.Decision, repeat.Decision.Skip(1));
        Assert.NotEqual(first.AskId, repeat.AskId);
        Assert.StartsWith("同一问题此前的答复", repeat.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_standalone_question_in_a_conversation_with_history_is_served_the_cached_reply()
    {
        await AskAsync("中原区去年增加了多少个学位？");
        var conversation = "cache-history-" + Guid.NewGuid().ToString("N");
        await AskAsync("你好", conversation);

        var reply = await AskAsync("中原区去年增加了多少个学位？", conversation);

        Assert.True(Cached(reply), reply.Reason);
        Assert.Contains("10530", reply.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_follow_up_is_read_in_its_own_conversation_and_never_served_from_the_cache()
    {
        for (var i = 0; i < 2; i++)
        {
            var conversation = "cache-follow-" + Guid.NewGuid().ToString("N");
            await AskAsync("中原区千万元以上重点项目有多少个？", conversation);
            await AskAsync("那二七区呢？", conversation);
        }

        var other = "cache-follow-c-" + Guid.NewGuid().ToString("N");
        await AskAsync("中原区去年增加了多少个学位？", other);
        var reply = await AskAsync("那二七区呢？", other);

        Assert.False(Cached(reply), reply.Reason);
        Assert.NotNull(reply.Understood);
        Assert.DoesNotContain("378个", reply.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_whose_personal_data_was_masked_is_never_served_from_the_cache()
    {
        const string question = "我的手机13812345678，中原区去年增加了多少个学位？";
        await AskAsync(question);

        var repeat = await AskAsync(question);

        Assert.False(Cached(repeat), repeat.Reason);
        Assert.Contains("10530", repeat.Answer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_curated_answer_saved_after_a_question_was_cached_answers_the_next_ask()
    {
        const string question = "缓存测试：市民之家的饮水机在哪里？";
        await AskAsync(question);
        var cached = await AskAsync(question);

        await Pipeline.AddCuratedAnswerAsync(question, [], "饮水机在市民之家一楼大厅西侧。");
        var reply = await AskAsync(question);

        Assert.True(Cached(cached), cached.Reason);
        Assert.Equal(AnswerMode.Curated, reply.Mode);
        Assert.Equal("饮水机在市民之家一楼大厅西侧。", reply.Answer);
        Assert.False(Cached(reply), reply.Reason);
    }

    [Fact]
    public async Task A_template_edit_is_seen_by_the_next_ask_of_a_cached_question()
    {
        await AskAsync("您好");
        var cached = await AskAsync("您好");

        var db = await Pipeline.Get<IDbContextFactory<ServiceDeskDbContext>>().CreateDbContextAsync();
        await using (db)
        {
            var template = await db.AnswerTemplates.SingleAsync(t => t.Key == TemplateKeys.Greeting);
            template.Body = "您好，这是改过的问候语。";
            await db.SaveChangesAsync();
        }

        var reply = await AskAsync("您好");

        Assert.True(Cached(cached), cached.Reason);
        Assert.Equal("您好，这是改过的问候语。", reply.Answer);
        Assert.False(Cached(reply), reply.Reason);
    }

    [Fact]
    public async Task With_the_cache_switched_off_a_repeat_is_answered_afresh()
    {
        await using var host = await AnswerPipelineHost.StartAsync(new Dictionary<string, string?> { ["Answering:CacheEnabled"] = "false" });
        await host.Answers.AskAsync(new AskRequest(ParkQuestion), CancellationToken.None);

        var repeat = await host.Answers.AskAsync(new AskRequest(ParkQuestion), CancellationToken.None);

        Assert.False(Cached(repeat), repeat.Reason);
        Assert.Equal(0, host.Get<AnswerCache>().Count);
    }
}
