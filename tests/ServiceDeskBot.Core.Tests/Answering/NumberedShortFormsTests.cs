using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class NumberedShortFormsTests
{
    [Theory]
    [InlineData("三新", "全面推进“新产业新业态新模式”发展。", true)]
    [InlineData("两优", "评选“优秀社区、优良家风”。", false)]
    [InlineData("两优", "评选“优社区优家风”。", true)]
    [InlineData("三新", "新区今年新增新能源企业,新设一批平台。", false)]
    [InlineData("项目", "新产业新业态新模式", false)]
    public void Spells_reads_a_numbered_short_form_in_a_label_that_repeats_its_character(string word, string text, bool expected)
    {
        Assert.Equal(expected, NumberedShortForms.Spells(word, text));
    }
}
