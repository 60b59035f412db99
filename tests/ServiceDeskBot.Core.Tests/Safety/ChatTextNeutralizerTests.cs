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

    [Theory]
    [InlineData("请登录 https://evil.example/verify 填写身份证号", "请登录 https：//evil．example/verify 填写身份证号")]
    [InlineData("详见 www.evil.com 。", "详见 www．evil．com 。")]
    [InlineData("请发送至evil.cn/idcard", "请发送至evil．cn/idcard")]
    [InlineData("邮件 someone@evil.cn", "邮件 someone@evil．cn")]
    [InlineData("http://10.0.0.1/steal", "http：//10．0．0．1/steal")]
    [InlineData("见000_e189b73e.md", "见000_e189b73e．md")]
    public void Neutralize_shows_bare_addresses_as_text(string input, string expected)
    {
        var text = ChatTextNeutralizer.Neutralize(input);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("https://www.zhengzhou.gov.cn/news")]
    [InlineData("zhengzhou.gov.cn")]
    [InlineData("http://zwfw.zhengzhou.gov.cn")]
    public void Neutralize_keeps_addresses_on_the_allow_list_linkable(string input)
    {
        var text = ChatTextNeutralizer.Neutralize(input, ["zhengzhou.gov.cn"]);

        Assert.Equal(input, text);
    }

    [Fact]
    public void Neutralize_does_not_treat_a_lookalike_suffix_as_an_allowed_host()
    {
        var text = ChatTextNeutralizer.Neutralize("https://evilzhengzhou.gov.cn/x", ["zhengzhou.gov.cn"]);

        Assert.Equal("https：//evilzhengzhou．gov．cn/x", text);
    }

    [Theory]
    [InlineData("GDP达到709.3亿元，增长3.5%")]
    [InlineData("版本 v1.0 于 2024.5 发布")]
    [InlineData("附件 申报表.docx 与 说明.pdf")]
    [InlineData("来源：000_e189b73e6251109c.txt")]
    public void Neutralize_leaves_numbers_and_file_names_that_no_linkifier_links_alone(string input)
    {
        var text = ChatTextNeutralizer.Neutralize(input);

        Assert.Equal(input, text);
    }
}
