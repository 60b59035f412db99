using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class PiiMaskerTests
{
    private readonly PiiMasker _masker = new();

    [Theory]
    [InlineData("我的身份证号是110105199003071239", "我的身份证号是1101**********1239")]
    [InlineData("身份证41010219900307567X，麻烦查一下", "身份证4101**********567X，麻烦查一下")]
    [InlineData("身份证41010219900307567x", "身份证4101**********567X")]
    [InlineData("身份证号：４１０１０５１９８５０１０１１２３５", "身份证号：4101**********1235")]
    public void Mask_hides_the_middle_of_id_card_numbers_with_a_valid_check_digit(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Fact]
    public void Mask_hides_the_middle_of_old_fifteen_digit_id_card_numbers()
    {
        var masked = _masker.Mask("老身份证410105850101123");

        Assert.Equal("老身份证4101********123", masked);
    }

    [Fact]
    public void Mask_leaves_an_eighteen_digit_number_whose_check_digit_is_wrong()
    {
        var masked = _masker.Mask("受理编号110105199003071234");

        Assert.Equal("受理编号110105199003071234", masked);
    }

    [Fact]
    public void Mask_leaves_an_id_shaped_number_whose_birth_date_does_not_exist()
    {
        var masked = _masker.Mask("编号410105850231123");

        Assert.Equal("编号410105850231123", masked);
    }

    [Theory]
    [InlineData("电话13812345678", "电话138****5678")]
    [InlineData("电话138 1234 5678谢谢", "电话138****5678谢谢")]
    [InlineData("电话138-1234-5678", "电话138****5678")]
    [InlineData("电话+86 13812345678", "电话+86 138****5678")]
    [InlineData("电话+86-138-1234-5678", "电话+86 138****5678")]
    [InlineData("电话１３８１２３４５６７８。", "电话138****5678。")]
    [InlineData("电话19912345678", "电话199****5678")]
    public void Mask_hides_the_middle_of_mobile_numbers_in_any_common_format(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("座机0371-67891234", "座机0371-****1234")]
    [InlineData("座机037167891234", "座机0371-****1234")]
    [InlineData("座机(0371)67891234", "座机0371-****1234")]
    [InlineData("座机（０３７１）６７８９１２３４", "座机0371-****1234")]
    [InlineData("北京010-62345678", "北京010-****5678")]
    [InlineData("北京01062345678", "北京010-****5678")]
    [InlineData("座机0371-6789-1234", "座机0371-****1234")]
    [InlineData("小县0398-2345678", "小县0398-****5678")]
    public void Mask_hides_landline_numbers_with_area_codes(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Theory]
    [InlineData("办公室0371-67891234-802", "办公室0371-****1234-802")]
    [InlineData("办公室0371-67891234转802", "办公室0371-****1234转802")]
    [InlineData("办公室0371-67891234 ext. 802", "办公室0371-****1234 ext. 802")]
    public void Mask_hides_landline_numbers_and_keeps_the_extension(string input, string expected)
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
    [InlineData("卡号6222021234567890128", "卡号6222***********0128")]
    [InlineData("卡号6222 0212 3456 7894", "卡号6222********7894")]
    [InlineData("卡号6217-0012-3456-7893", "卡号6217********7893")]
    [InlineData("卡号６２１７００１２３４５６７８９３", "卡号6217********7893")]
    public void Mask_hides_bank_card_numbers_that_pass_the_luhn_check(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    // The masker skips its scans for text with fewer than ten digits and no '@': the shortest number it knows (a
    // three-digit area code and seven digits) must still be found, written in half- or full-width digits.
    [Theory]
    [InlineData("北京010-2345678", "北京010-****5678")]
    [InlineData("北京０１０２３４５６７８", "北京010-****5678")]
    [InlineData("邮箱a@b.cn", "邮箱a***@b.cn")]
    [InlineData("邮箱ａ＠ｂ.ｃｎ", "邮箱a***@b.cn")]
    public void Mask_still_hides_a_ten_digit_landline_and_an_e_mail_address_without_digits(string input, string expected)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(expected, masked);
    }

    [Fact]
    public void Mask_leaves_a_card_length_number_that_fails_the_luhn_check()
    {
        var masked = _masker.Mask("流水号6222021234567890123");

        Assert.Equal("流水号6222021234567890123", masked);
    }

    [Theory]
    [InlineData("“十三五”GDP达到709.3亿元")]
    [InlineData("2024年新增10530个市场主体")]
    [InlineData("拨打12345热线或400-123-4567")]
    [InlineData("请拨打12345政务服务便民热线")]
    [InlineData("建设面积约120000平方米，投资35.6亿元，2021年至2025年")]
    [InlineData("补贴标准为每人每月1,234.56元，总额13812345678元")]
    [InlineData("根据郑政〔2024〕12号和豫政办〔2023〕45号文件")]
    [InlineData("自2024年1月1日起施行，2024-01-01至2026-12-31有效")]
    [InlineData("办理时限20240101至20241231")]
    [InlineData("统一社会信用代码91410100MA44ABCD1X")]
    [InlineData("邮编450000，面积0.13812345678平方公里")]
    [InlineData("项目编号202401010001，批次2024010100010002")]
    public void Mask_leaves_policy_figures_dates_amounts_document_numbers_and_the_hotline_untouched(string input)
    {
        var masked = _masker.Mask(input);

        Assert.Equal(input, masked);
    }

    [Fact]
    public void MaskedExcerpt_masks_before_cutting_so_no_id_number_survives_half_cut()
    {
        var excerpt = _masker.MaskedExcerpt("我的身份证号是110105199003071239请帮我查询社保", maxTextElements: 12);

        Assert.Equal("我的身份证号是1101*…", excerpt);
        Assert.DoesNotContain("110105", excerpt, StringComparison.Ordinal);
    }

    [Fact]
    public void MaskedExcerpt_cuts_a_long_question_and_marks_the_cut()
    {
        var question = string.Concat(Enumerable.Repeat("公积金提取", 120));

        var excerpt = _masker.MaskedExcerpt(question);

        Assert.Equal(string.Concat(Enumerable.Repeat("公积金提取", 6)) + "…", excerpt);
    }

    [Fact]
    public void MaskedExcerpt_never_cuts_inside_a_user_perceived_character()
    {
        // 👨‍👩‍👧 is five code points (eight UTF-16 units) forming one character on screen.
        var excerpt = _masker.MaskedExcerpt("办证👨‍👩‍👧家庭户口", maxTextElements: 3);

        Assert.Equal("办证👨‍👩‍👧…", excerpt);
    }

    [Fact]
    public void MaskedExcerpt_collapses_line_breaks_and_returns_a_short_question_whole()
    {
        var excerpt = _masker.MaskedExcerpt("  电话13812345678\n\n能办吗  ");

        Assert.Equal("电话138****5678 能办吗", excerpt);
    }
}
