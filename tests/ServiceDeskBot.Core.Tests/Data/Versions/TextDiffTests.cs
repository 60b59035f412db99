using ServiceDeskBot.Core.Data;

namespace ServiceDeskBot.Core.Tests.Data.Versions;

public sealed class TextDiffTests
{
    [Fact]
    public void Changed_line_shows_as_removed_then_added_between_unchanged_lines()
    {
        var diff = TextDiff.Lines("问题：A\n答案：旧\n状态：启用", "问题：A\n答案：新\n状态：启用");

        Assert.Equal(
            [
                new DiffLine(DiffKind.Same, "问题：A"),
                new DiffLine(DiffKind.Removed, "答案：旧"),
                new DiffLine(DiffKind.Added, "答案：新"),
                new DiffLine(DiffKind.Same, "状态：启用"),
            ],
            diff);
    }

    [Fact]
    public void Identical_texts_have_only_unchanged_lines()
    {
        var diff = TextDiff.Lines("a\nb", "a\nb");

        Assert.All(diff, l => Assert.Equal(DiffKind.Same, l.Kind));
    }

    [Fact]
    public void Inserted_line_is_the_only_addition()
    {
        var diff = TextDiff.Lines("a\nc", "a\nb\nc");

        Assert.Equal(new DiffLine(DiffKind.Added, "b"), Assert.Single(diff, l => l.Kind != DiffKind.Same));
    }

    [Fact]
    public void A_changed_figure_in_a_Chinese_sentence_is_marked_alone()
    {
        var diff = TextDiff.Words("补贴标准为每人每月500元。", "补贴标准为每人每月800元。");

        Assert.Equal(
            [
                new DiffSegment(DiffKind.Same, "补贴标准为每人每月"),
                new DiffSegment(DiffKind.Removed, "500"),
                new DiffSegment(DiffKind.Added, "800"),
                new DiffSegment(DiffKind.Same, "元。"),
            ],
            diff);
    }

    [Fact]
    public void Chinese_text_is_compared_character_by_character()
    {
        var diff = TextDiff.Words("请到二七区窗口办理", "请到金水区窗口办理");

        Assert.Equal(["二七", "金水"], diff.Where(s => s.Kind != DiffKind.Same).Select(s => s.Text));
    }

    [Fact]
    public void Latin_words_change_whole_not_letter_by_letter()
    {
        var diff = TextDiff.Words("call the hotline today", "call the office today");

        Assert.Equal([new DiffSegment(DiffKind.Removed, "hotline"), new DiffSegment(DiffKind.Added, "office")], diff.Where(s => s.Kind != DiffKind.Same));
    }

    [Fact]
    public void Dropping_the_deletions_gives_the_new_text_and_dropping_the_additions_the_old()
    {
        const string before = "问题：居住证怎么办\n答案：到派出所窗口办理，需要身份证。\n状态：启用";
        const string after = "问题：居住证怎么办理\n答案：可在网上办理，需要身份证和照片。\n状态：停用";

        var diff = TextDiff.Words(before, after);

        Assert.Equal(after, string.Concat(diff.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Equal(before, string.Concat(diff.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
    }

    [Fact]
    public void Texts_too_large_for_the_table_still_give_a_diff_that_rebuilds_both_texts()
    {
        var before = string.Concat(Enumerable.Range(0, 3000).Select(i => (char)('一' + (i % 500))));
        var after = string.Concat(Enumerable.Range(0, 3000).Select(i => (char)('丁' + (i % 700))));

        var diff = TextDiff.Words(before, after);

        Assert.Equal(after, string.Concat(diff.Where(s => s.Kind != DiffKind.Removed).Select(s => s.Text)));
        Assert.Equal(before, string.Concat(diff.Where(s => s.Kind != DiffKind.Added).Select(s => s.Text)));
    }

    [Fact]
    public void Identical_texts_are_one_unchanged_segment()
    {
        var diff = TextDiff.Words("一样的文字", "一样的文字");

        Assert.Equal([new DiffSegment(DiffKind.Same, "一样的文字")], diff);
    }
}
