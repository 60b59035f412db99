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
}
