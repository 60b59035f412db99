using Microsoft.EntityFrameworkCore;

using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Tests.Data;

public sealed class CuratedAnswerMatcherTests
{
    [Theory]
    [InlineData("你能做什么？")]
    [InlineData("请问你能做什么呀")]
    [InlineData("您好，这个机器人能做什么？")]
    [InlineData("我想问一下怎么转人工")]
    [InlineData("人工客服怎样联系")]
    [InlineData("ｈｉ，怎么转人工？")]
    public async Task Match_accepts_exact_and_near_exact_rephrasings(string question)
    {
        await using var host = await TestDataHost.StartAsync();
        var matcher = host.Get<CuratedAnswerMatcher>();

        var match = await matcher.MatchAsync(question, CancellationToken.None);

        Assert.NotNull(match);
        Assert.True(match.IsMatch, $"{question} scored {match.Score:F2} against {match.MatchedQuestion}");
    }

    [Theory]
    [InlineData("中原区的人工智能产业发展得怎么样")]
    [InlineData("机器人产业园在哪里")]
    [InlineData("我想办理个人信息变更")]
    [InlineData("人工湖什么时候建成")]
    public async Task Match_rejects_questions_that_only_share_a_topic_or_a_word(string question)
    {
        await using var host = await TestDataHost.StartAsync();
        var matcher = host.Get<CuratedAnswerMatcher>();

        var match = await matcher.MatchAsync(question, CancellationToken.None);

        Assert.False(match?.IsMatch ?? false, $"{question} scored {match?.Score:F2} against {match?.MatchedQuestion}");
    }

    [Fact]
    public async Task Match_never_returns_a_disabled_answer_even_for_its_exact_question()
    {
        await using var host = await TestDataHost.StartAsync();
        var matcher = host.Get<CuratedAnswerMatcher>();
        Assert.True((await matcher.MatchAsync("怎么转人工", CancellationToken.None))?.IsMatch);
        await using (var db = host.CreateDbContext())
        {
            var answer = await db.CuratedAnswers.SingleAsync(a => a.Question == "怎样联系人工客服？");
            answer.Enabled = false;
            await db.SaveChangesAsync();
        }

        var match = await matcher.MatchAsync("怎么转人工", CancellationToken.None);

        Assert.False(match?.IsMatch ?? false);
        Assert.NotEqual("怎样联系人工客服？", match?.Answer.Question);
    }

    [Fact]
    public async Task Match_sees_an_answer_added_after_the_cache_was_filled()
    {
        await using var host = await TestDataHost.StartAsync();
        var matcher = host.Get<CuratedAnswerMatcher>();
        Assert.False((await matcher.MatchAsync("政务服务大厅周末开门吗", CancellationToken.None))?.IsMatch ?? false);
        await using (var db = host.CreateDbContext())
        {
            db.CuratedAnswers.Add(new CuratedAnswer { Question = "政务服务大厅周末开门吗？", Answer = "周末不对外办公。" });
            await db.SaveChangesAsync();
        }

        var match = await matcher.MatchAsync("请问政务服务大厅周末开门吗", CancellationToken.None);

        Assert.NotNull(match);
        Assert.True(match.IsMatch);
        Assert.Equal("周末不对外办公。", match.Answer.Answer);
    }

    [Fact]
    public async Task Match_threshold_comes_from_configuration()
    {
        await using var host = await TestDataHost.StartAsync(new Dictionary<string, string?> { ["CuratedAnswers:MatchThreshold"] = "1.0" });
        var matcher = host.Get<CuratedAnswerMatcher>();

        var match = await matcher.MatchAsync("这个机器人到底能做什么", CancellationToken.None);

        Assert.NotNull(match);
        Assert.True(match.Score is > 0.5 and < 1.0);
        Assert.False(match.IsMatch);
    }
}
