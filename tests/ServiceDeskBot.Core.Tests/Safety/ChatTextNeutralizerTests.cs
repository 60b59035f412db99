using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class ChatTextNeutralizerTests
{
    [Fact]
    public void Neutralize_keeps_numbered_citation_markers()
    {
        var text = ChatTextNeutralizer.Neutralize("GDP达到709.3亿元[1]，增速居前[12]。");

        Assert.Equal("GDP达到709.3亿元[1]，增速居前[12]。", text);
    }

    [Theory]
    [InlineData("[1](http://evil.example)")]
    [InlineData("![图](http://evil.example/x.png)")]
    [InlineData("[点这里][ref]")]
    [InlineData("<http://evil.example>")]
    public void Neutralize_breaks_every_markdown_link_form(string input)
    {
        var text = ChatTextNeutralizer.Neutralize(input);

        Assert.DoesNotContain("](", text, StringComparison.Ordinal);
        Assert.DoesNotContain("][", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Neutralize_turns_line_breaks_into_spaces_so_no_heading_or_list_can_start()
    {
        var text = ChatTextNeutralizer.Neutralize("问题\n# 标题\n- 列表");

        Assert.Equal("问题 ＃ 标题 - 列表", text);
    }
}
