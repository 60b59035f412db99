using ServiceDeskBot.Core.Safety;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class MaskedSpansTests
{
    private readonly PiiMasker _masker = new();

    [Theory]
    [InlineData("我的身份证号是41010519900307123X，社保卡怎么补办", "社保卡怎么补办")]
    [InlineData("本人身份证号码：410102198511224569 二七区的区委书记是谁", "二七区的区委书记是谁")]
    [InlineData("银行卡号6217001234567890122，全区累计入园企业有多少家", "全区累计入园企业有多少家")]
    [InlineData("手机13812345678，明湖办事处主任叫什么", "明湖办事处主任叫什么")]
    [InlineData("我电话是0371-67891234，三个一批项目完成投资多少", "三个一批项目完成投资多少")]
    [InlineData("我的邮箱是wangli@163.com，沟赵要办几项实事", "沟赵要办几项实事")]
    [InlineData("我叫李华，电话13607551234，会上有几个单位发言", "会上有几个单位发言")]
    public void Remove_leaves_out_masked_personal_data_with_the_words_and_the_self_introduction_around_it(string typed, string expected)
    {
        var masked = _masker.Mask(typed);

        var content = MaskedSpans.Remove(masked);

        Assert.Equal(expected, content);
    }

    [Fact]
    public void Remove_keeps_the_words_of_a_question_that_holds_no_masked_span()
    {
        const string Question = "我叫李华，新认定郑州市高层次人才10名是哪一年";

        var content = MaskedSpans.Remove(Question);

        Assert.Equal(Question, content);
    }

    [Fact]
    public void Remove_keeps_a_text_that_is_nothing_but_a_masked_number()
    {
        var masked = _masker.Mask("13812345678");

        var content = MaskedSpans.Remove(masked);

        Assert.Equal("138****5678", content);
    }
}
