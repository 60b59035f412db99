using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class AskedItemTests
{
    // jieba's words and part-of-speech tagger over the package dictionary copied beside the test assembly.
    private static readonly WordSegmenter Words = new([]);

    private static IReadOnlyList<string> Unmatched(string question, string item, string passage)
    {
        var folded = question.ToLowerInvariant();
        return AskedItem.Unmatched(
            Words.ContentWords(folded), Words.Tagged(folded), [],
            (word, text) => text.Contains(word, StringComparison.Ordinal) ? 1 : 0, item, passage);
    }

    [Fact]
    public void A_qualifier_the_row_lacks_before_the_rows_item_names_another_item()
    {
        var unmatched = Unmatched("新能源汽车号牌多少钱", "汽车号牌", "机动车登记业务收费标准 收费项目:汽车号牌;收费标准:100元");

        Assert.Contains("新能源", unmatched);
    }

    [Fact]
    public void A_question_naming_the_rows_item_as_the_row_does_names_no_other_item()
    {
        var unmatched = Unmatched("汽车号牌多少钱", "汽车号牌", "机动车登记业务收费标准 收费项目:汽车号牌;收费标准:100元");

        Assert.Empty(unmatched);
    }

    [Fact]
    public void A_service_action_the_row_does_not_name_beside_its_item_is_another_item()
    {
        var unmatched = Unmatched("居民身份证补办多少钱", "居民身份证换领", "户政收费 事项:居民身份证换领;收费标准:20元");

        Assert.Contains("补办", unmatched);
    }

    [Fact]
    public void A_word_next_to_a_field_heading_is_not_read_against_an_item()
    {
        var unmatched = Unmatched("居住证窗口几点上班", "", "居住证办理指南 八、办公时间 周一至周五8:30-17:30");

        Assert.Empty(unmatched);
    }

    [Fact]
    public void The_asked_field_next_to_the_item_is_not_another_item()
    {
        var unmatched = Unmatched("非住宅类不动产登记费用是多少", "非住宅类不动产登记", "收费标准 收费项目:非住宅类不动产登记;收费标准:550元");

        Assert.Empty(unmatched);
    }

    [Fact]
    public void A_clipped_form_of_the_rows_item_names_that_item()
    {
        var unmatched = Unmatched("高层住宅物业费每平米一个月多少", "物业公共服务费", "收费标准表 收费项目:物业公共服务费;类别:二级(高层住宅);收费标准:1.55元");

        Assert.DoesNotContain("物业费", unmatched);
    }

    [Fact]
    public void The_government_paying_a_subsidy_is_not_a_qualifier_of_the_item()
    {
        var unmatched = Unmatched("危房拆了重建政府能补多少钱", "拆除重建", "补助标准 改造方式:拆除重建;房屋鉴定等级:d级;补助标准:每户4.5万元 危房");

        Assert.DoesNotContain("政府", unmatched);
    }

    [Fact]
    public void Abbreviates_is_false_for_a_qualifier_whose_characters_the_item_lacks()
    {
        var clipped = AskedItem.Abbreviates("新能源", "汽车号牌");

        Assert.False(clipped);
    }

    [Fact]
    public void Abbreviates_is_false_for_characters_scattered_over_a_long_item()
    {
        var clipped = AskedItem.Abbreviates("工费", "工程建设项目审批服务收费");

        Assert.False(clipped);
    }
}
