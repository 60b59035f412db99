using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class InputTextTests
{
    // Code units rather than strings: a lone surrogate in theory data does not survive test discovery intact.
    [Theory]
    [InlineData(0xD800, "def")]
    [InlineData(0xDC00, "def")]
    [InlineData(0xD83D, "")]
    [InlineData(0x0000, "卡")]
    public void Check_refuses_lone_surrogates_and_nul(int codeUnit, string tail)
    {
        var raw = "社保" + (char)codeUnit + tail;

        var check = InputText.Check(raw);

        Assert.Equal(InputTextProblem.InvalidCharacters, check.Problem);
        Assert.Equal("", check.Text);
    }

    [Fact]
    public void Check_keeps_a_well_formed_surrogate_pair()
    {
        var check = InputText.Check("办事大厅在哪😀");

        Assert.True(check.IsValid);
        Assert.Equal("办事大厅在哪😀", check.Text);
    }

    [Theory]
    [InlineData("社保\u0007卡怎么\u001b补办", "社保卡怎么补办")]
    [InlineData("社保卡\u202e办补么怎", "社保卡办补么怎")]
    [InlineData("\ufeff居住证\u2066办理\u2069", "居住证办理")]
    [InlineData("第一行\r\n第二行\r第三行", "第一行\n第二行\n第三行")]
    [InlineData("公积金\t提取", "公积金 提取")]
    [InlineData("\u0085\u009f身份证", "身份证")]
    public void Check_removes_control_and_bidirectional_characters(string raw, string expected)
    {
        var check = InputText.Check(raw);

        Assert.True(check.IsValid);
        Assert.Equal(expected, check.Text);
    }

    [Fact]
    public void Check_composes_to_nfc()
    {
        var check = InputText.Check("cafe\u0301");

        Assert.Equal("caf\u00e9", check.Text);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\u0001\u0002 \t")]
    [InlineData(null)]
    public void Check_calls_blank_text_empty(string? raw)
    {
        var check = InputText.Check(raw);

        Assert.Equal(InputTextProblem.Empty, check.Problem);
        Assert.Equal("不能为空。", check.Message);
    }

    [Fact]
    public void Check_accepts_exactly_the_limit()
    {
        var check = InputText.Check(new string('问', InputText.MaxQuestionLength));

        Assert.True(check.IsValid);
    }

    [Fact]
    public void Check_refuses_one_character_over_the_limit()
    {
        var check = InputText.Check(new string('问', InputText.MaxQuestionLength + 1));

        Assert.Equal(InputTextProblem.TooLong, check.Problem);
        Assert.Equal("长度不能超过 500 个字符。", check.Message);
    }

    [Fact]
    public void Check_measures_the_limit_after_removing_control_characters()
    {
        var check = InputText.Check(new string('问', 400) + new string('\u0007', 200));

        Assert.True(check.IsValid);
        Assert.Equal(400, check.Text.Length);
    }
}
