using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class PiiMaskerTests
{
    private readonly PiiMasker _masker = new();

    [Theory]
    [InlineData("我的身份证号是110105199003071234", "我的身份证号是110***********1234")]
    [InlineData("身份证41010519850101123X，麻烦查一下", "身份证410***********123X，麻烦查一下")]
    [InlineData("老身份证410105850101123", "老身份证410*********123")]
    public void Mask_hides_the_middle_of_id_card_numbers(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("电话13812345678", "电话138****5678")]
    [InlineData("电话138 1234 5678谢谢", "电话138****5678谢谢")]
    [InlineData("电话138-1234-5678", "电话138****5678")]
    [InlineData("电话+86 13812345678", "电话+86 138****5678")]
    [InlineData("电话+86-138-1234-5678", "电话+86 138****5678")]
    [InlineData("电话１３８１２３４５６７８。", "电话138****5678。")]
    public void Mask_hides_the_middle_of_mobile_numbers_in_any_common_format(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("座机0371-67891234", "座机0371-****1234")]
    [InlineData("座机(0371)67891234", "座机0371-****1234")]
    [InlineData("座机（０３７１）６７８９１２３４", "座机0371-****1234")]
    [InlineData("北京010-62345678", "北京010-****5678")]
    public void Mask_hides_landline_numbers_with_area_codes(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("邮箱zhang.san@example.com", "邮箱z***@example.com")]
    [InlineData("邮箱１３８１２３４５６７８＠qq.com", "邮箱1***@qq.com")]
    public void Mask_hides_e_mail_addresses_but_keeps_the_domain(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("卡号6222021234567890123", "卡号6222***********0123")]
    [InlineData("卡号6222 0212 3456 7890", "卡号6222********7890")]
    public void Mask_hides_bank_card_numbers_keeping_the_first_and_last_four_digits(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("“十三五”GDP达到709.3亿元")]
    [InlineData("2024年新增10530个市场主体")]
    [InlineData("拨打12345热线或400-123-4567")]
    [InlineData("建设面积约120000平方米，投资35.6亿元，2021年至2025年")]
    public void Mask_leaves_ordinary_figures_untouched(string input)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(input, masked);
    }
}
