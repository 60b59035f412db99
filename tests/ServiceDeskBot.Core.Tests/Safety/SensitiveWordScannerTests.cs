using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class SensitiveWordScannerTests
{
    private readonly SensitiveWordFilter _filter;

    public SensitiveWordScannerTests()
    {
        _filter = new SensitiveWordFilter();
        _filter.Use(["违禁词", "毒品", "ass"]);
        _filter.UseAllowed(["打击毒品犯罪"]);
    }

    [Fact]
    public void A_word_split_across_two_chunks_is_found()
    {
        var scanner = _filter.CreateScanner();

        scanner.Feed("根据资料，违禁");
        scanner.Feed("词不能讨论。");

        var match = Assert.Single(scanner.Matches);
        Assert.Equal("违禁词", match.Word);
        Assert.Equal(5, match.Start);
        Assert.Equal(3, match.Length);
    }

    [Fact]
    public void A_word_fed_one_character_at_a_time_is_found_with_its_stream_position()
    {
        const string text = "回答：违 禁 词。";
        var scanner = _filter.CreateScanner();

        foreach (var c in text)
        {
            scanner.Feed([c]);
        }

        scanner.Complete();
        var match = Assert.Single(scanner.Matches);
        Assert.Equal("违 禁 词", text.Substring(match.Start, match.Length));
    }

    [Fact]
    public void A_word_at_the_very_end_of_the_stream_is_decided_by_Complete()
    {
        var scanner = _filter.CreateScanner();
        scanner.Feed("结尾是违禁词");

        var decided = scanner.Complete();

        Assert.Equal("违禁词", Assert.Single(decided).Word);
    }

    [Fact]
    public void The_safe_length_stops_before_a_word_that_may_be_under_way()
    {
        var scanner = _filter.CreateScanner();

        scanner.Feed("中原区政务服务中心，违禁");

        Assert.Equal("中原区政务服务中心，".Length, scanner.SafeLength);
        Assert.False(scanner.HasMatch);
    }

    [Fact]
    public void The_safe_length_covers_text_that_cannot_start_a_word()
    {
        var scanner = _filter.CreateScanner();

        scanner.Feed("中原区政务服务中心。");
        scanner.Feed("工作日");

        // Only the last character is held back: the next chunk could still add a combining mark to it.
        Assert.Equal("中原区政务服务中心。工作".Length, scanner.SafeLength);
    }

    [Fact]
    public void An_allowed_phrase_split_across_chunks_still_spares_the_word_inside_it()
    {
        var scanner = _filter.CreateScanner();

        scanner.Feed("开展打击毒品");
        var afterFirst = scanner.HasMatch;
        scanner.Feed("犯罪专项行动");
        scanner.Complete();

        Assert.False(afterFirst);
        Assert.Empty(scanner.Matches);
    }

    [Fact]
    public void A_latin_word_at_a_chunk_end_waits_for_the_next_chunk_before_it_counts()
    {
        var scanner = _filter.CreateScanner();

        var first = scanner.Feed("pass");
        scanner.Feed("port办理");
        scanner.Complete();

        Assert.Empty(first);
        Assert.Empty(scanner.Matches);
    }

    [Fact]
    public void A_scanner_keeps_the_list_it_was_created_with()
    {
        var scanner = _filter.CreateScanner();

        _filter.Use(["新词"]);
        scanner.Feed("违禁词");
        scanner.Complete();

        Assert.Single(scanner.Matches);
    }

}
