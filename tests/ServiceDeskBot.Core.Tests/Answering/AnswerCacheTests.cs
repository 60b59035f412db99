using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Answering.Turn;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AnswerCacheTests
{
    private static readonly AnswerVersions Versions = new(
        1, 0, 0, 0, 0, 1, 1, new DateOnly(2026, 12, 2), "", "二七区", ["敏感词"], [], DenseReady: false);

    private static AnswerCache Cache(int entries = 100, int megabytes = 16) =>
        new(Options.Create(new AnsweringOptions { CacheMaxEntries = entries, CacheMaxMegabytes = megabytes }));

    private static CachedAnswer Reply(string text) =>
        new(new TurnReply(text, true, AnswerMode.Template, []), "question", 1, [new DecisionNote(DecisionCode.NoLlm)], null);

    [Fact]
    public void A_reply_added_under_the_versions_held_is_found_for_the_same_question_only()
    {
        var cache = Cache();
        Assert.Null(cache.Find("社保怎么交？", Versions));

        cache.Add("社保怎么交？", Versions, Reply("答复"));

        Assert.Equal("答复", cache.Find("社保怎么交？", Versions)?.Reply.Text);
        Assert.Null(cache.Find("社保怎么交?", Versions));
    }

    [Fact]
    public void Other_versions_empty_the_cache_before_looking()
    {
        var cache = Cache();
        cache.Find("社保怎么交？", Versions);
        cache.Add("社保怎么交？", Versions, Reply("答复"));

        var found = cache.Find("社保怎么交？", Versions with { Today = new DateOnly(2026, 12, 3) });

        Assert.Null(found);
        Assert.Equal(0, cache.Count);
        Assert.Null(cache.Find("社保怎么交？", Versions));
    }

    [Fact]
    public void A_list_applied_anew_outdates_replies_even_when_its_generation_is_the_same()
    {
        var cache = Cache();
        cache.Find("社保怎么交？", Versions);
        cache.Add("社保怎么交？", Versions, Reply("答复"));

        var found = cache.Find("社保怎么交？", Versions with { SensitiveWords = ["敏感词"] });

        Assert.Null(found);
    }

    [Fact]
    public void A_reply_made_under_older_versions_is_not_added_once_newer_ones_are_held()
    {
        var cache = Cache();
        var newer = Versions with { CuratedAnswers = 1 };
        cache.Find("社保怎么交？", newer);

        cache.Add("社保怎么交？", Versions, Reply("旧答复"));

        Assert.Equal(0, cache.Count);
        Assert.Null(cache.Find("社保怎么交？", newer));
    }

    [Fact]
    public void Past_its_entry_bound_the_least_recently_asked_reply_goes_first()
    {
        var cache = Cache(entries: 2);
        cache.Find("一", Versions);
        cache.Add("一", Versions, Reply("答一"));
        cache.Add("二", Versions, Reply("答二"));
        cache.Find("一", Versions);

        cache.Add("三", Versions, Reply("答三"));

        Assert.Equal(2, cache.Count);
        Assert.NotNull(cache.Find("一", Versions));
        Assert.Null(cache.Find("二", Versions));
        Assert.NotNull(cache.Find("三", Versions));
    }

    [Fact]
    public void Past_its_byte_bound_replies_are_dropped_until_the_estimate_fits()
    {
        var cache = Cache(megabytes: 1);
        cache.Find("问0", Versions);
        var text = new string('答', 100_000);

        for (var i = 0; i < 10; i++)
        {
            cache.Add("问" + i, Versions, Reply(text));
        }

        Assert.InRange(cache.Bytes, 1, 1024 * 1024);
        Assert.InRange(cache.Count, 1, 5);
        Assert.NotNull(cache.Find("问9", Versions));
        Assert.Null(cache.Find("问0", Versions));
    }
}
