using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class RoadCodesTests
{
    [Theory]
    [InlineData("国道", "今年将开工g107改线、g220拓宽工程。", true)]
    [InlineData("省道", "推进s312快速化改造。", true)]
    [InlineData("国道", "推进s312快速化改造。", false)]
    [InlineData("国道", "全区5g基站新增300个。", false)]
    [InlineData("项目", "今年将开工g107改线工程。", false)]
    public void Names_reads_a_road_number_as_the_class_of_road_it_belongs_to(string word, string text, bool expected)
    {
        Assert.Equal(expected, RoadCodes.Names(word, text));
    }

    [Fact]
    public void A_list_of_road_numbers_fills_a_list_of_national_roads()
    {
        var slot = AnswerSlots.Detect("哪两条国道今年要拓宽", new ServiceDeskBot.Core.Retrieval.WordSegmenter([]).Tagged);

        Assert.Equal(AnswerSlot.List, slot.Slot);
        Assert.True(AnswerSlots.IsFilled(slot, "今年将拓宽g107、g220等干线公路。", "哪两条国道今年要拓宽"));
        Assert.False(AnswerSlots.IsFilled(slot, "今年将拓宽s312、s223等干线公路。", "哪两条国道今年要拓宽"));
    }
}
