using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class ChineseNumbersTests
{
    [Theory]
    [InlineData("百岁老人高龄津贴标准是多少", "100岁老人高龄津贴标准是多少")]
    [InlineData("六十五岁老人免费体检", "65岁老人免费体检")]
    [InlineData("三个工作日能办好吗", "3个工作日能办好吗")]
    [InlineData("收入不到两万的家庭", "收入不到20000的家庭")]
    [InlineData("补贴两万元", "补贴20000元")]
    [InlineData("十五日内申请", "15日内申请")]
    public void A_quantity_in_chinese_numerals_is_written_in_digits(string question, string expected)
    {
        var text = ChineseNumbers.ToDigits(question);

        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("二孩育儿补贴一年多少钱")]
    [InlineData("公租房三居室租金多少")]
    [InlineData("第三条规定了什么")]
    [InlineData("千万不要错过缴费期")]
    [InlineData("一个月能办好吗")]
    public void Numerals_that_name_no_quantity_stay_as_written(string question)
    {
        var text = ChineseNumbers.ToDigits(question);

        Assert.Equal(question, text);
    }
}
