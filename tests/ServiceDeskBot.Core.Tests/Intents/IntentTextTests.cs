using ServiceDeskBot.Core.Intents;

namespace ServiceDeskBot.Core.Tests.Intents;

public sealed class IntentTextTests
{
    [Theory]
    [InlineData("ＨＥＬＬＯ，在吗？", "hello,在吗?")]
    [InlineData("  转  人工\t", "转 人工")]
    [InlineData("ＧＤＰ　多少", "gdp 多少")]
    public void Normalize_folds_width_case_and_whitespace(string input, string expected)
    {
        var normalized = IntentText.Normalize(input);

        Assert.Equal(expected, normalized);
    }

    [Theory]
    [InlineData("人工", "len<=2")]
    [InlineData("谢谢你了", "len<=4")]
    [InlineData("你好，请问社保卡怎么补办", "len<=15")]
    public void Length_bucket_counts_characters(string text, string expected)
    {
        var bucket = IntentText.LengthBucket(text);

        Assert.Equal(expected, bucket);
    }
}
