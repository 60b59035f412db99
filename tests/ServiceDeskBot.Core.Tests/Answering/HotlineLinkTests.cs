using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class HotlineLinkTests
{
    [Theory]
    [InlineData("12345", "[12345](tel:12345)")]
    [InlineData("0371-12345", "[0371-12345](tel:0371-12345)")]
    [InlineData("(0371) 6718 8888", "[(0371) 6718 8888](tel:037167188888)")]
    [InlineData("+86 371 12345", "[+86 371 12345](tel:+8637112345)")]
    [InlineData("12345 转 1", "[12345 转 1](tel:12345)")]
    public void A_hotline_becomes_a_tel_link_a_dialler_can_read(string hotline, string expected)
    {
        var link = HotlineLink.ToMarkdown(hotline);

        Assert.Equal(expected, link);
    }

    [Fact]
    public void A_hotline_that_is_not_a_number_stays_plain_text()
    {
        var link = HotlineLink.ToMarkdown("市民热线");

        Assert.Equal("市民热线", link);
    }

    [Fact]
    public void Markdown_in_the_configured_hotline_cannot_break_out_of_the_link()
    {
        var link = HotlineLink.ToMarkdown("12345](javascript:alert(1))");

        Assert.StartsWith("[12345］", link, StringComparison.Ordinal);
        Assert.EndsWith("](tel:12345)", link, StringComparison.Ordinal);
    }
}
