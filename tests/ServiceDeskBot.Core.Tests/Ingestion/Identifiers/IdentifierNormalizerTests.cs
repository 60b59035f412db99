using ServiceDeskBot.Core.Ingestion.Identifiers;

namespace ServiceDeskBot.Core.Tests.Ingestion.Identifiers;

public sealed class IdentifierNormalizerTests
{
    [Theory]
    [InlineData("青政办〔2025〕14号")]
    [InlineData("青政办[2025]14号")]
    [InlineData("青政办【2025】第14号")]
    [InlineData("青政办 ( 2025 ) 14 号")]
    public void A_document_number_typed_any_way_has_one_canonical_form(string written)
    {
        var canonical = IdentifierNormalizer.Normalize(written);

        Assert.Equal("青政办〔2025〕14号", canonical);
    }

    [Fact]
    public void A_document_number_in_a_question_gives_its_full_and_year_number_tokens()
    {
        var tokens = IdentifierNormalizer.Tokens("请问青政办[2025]14号文件是关于什么的");

        Assert.Equal(["青政办〔2025〕14号", "〔2025〕14号"], tokens);
    }

    [Theory]
    [InlineData("ZY-SB-0104", "ZY-SB-0104")]
    [InlineData("zy－sb－0104", "ZY-SB-0104")]
    [InlineData("ＺＹ—ＳＢ—０１０４", "ZY-SB-0104")]
    [InlineData("ZY - SB - 0104", "ZY-SB-0104")]
    [InlineData("11410100MB1234567X-0001", "11410100MB1234567X-0001")]
    public void An_item_code_typed_any_way_has_one_canonical_form(string written, string expected)
    {
        var canonical = IdentifierNormalizer.Normalize(written);

        Assert.Equal(expected, canonical);
    }

    [Fact]
    public void Codes_are_found_in_a_table_row_line()
    {
        var tokens = IdentifierNormalizer.Tokens("社保事项｜事项编码：ZY-SB-0104；表单编号：SB01；事项名称：灵活就业人员参保登记");

        Assert.Equal(["ZY-SB-0104", "SB01"], tokens);
    }

    [Fact]
    public void Telephone_numbers_and_dates_are_not_identifiers()
    {
        var tokens = IdentifierNormalizer.Tokens("咨询电话：0371-67180000，受理时间2025-06-18。");

        Assert.Empty(tokens);
    }
}
