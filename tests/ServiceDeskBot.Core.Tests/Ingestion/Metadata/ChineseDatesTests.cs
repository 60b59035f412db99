using ServiceDeskBot.Core.Ingestion.Metadata;

namespace ServiceDeskBot.Core.Tests.Ingestion.Metadata;

public sealed class ChineseDatesTests
{
    [Theory]
    [InlineData("二〇二四年四月二日", 2024, 4, 2)]
    [InlineData("二○二五年十二月三十一日", 2025, 12, 31)]
    [InlineData("二〇二三年十月二十日", 2023, 10, 20)]
    [InlineData("2024年5月1日", 2024, 5, 1)]
    [InlineData("2024 年 5 月 1 日", 2024, 5, 1)]
    [InlineData("2025-06-18", 2025, 6, 18)]
    [InlineData("2025.6.8", 2025, 6, 8)]
    public void A_date_in_any_official_writing_is_read(string text, int year, int month, int day)
    {
        var date = ChineseDates.FindFirst(text);

        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("2023年2月29日")]
    [InlineData("2024年13月1日")]
    [InlineData("二〇二四年四月三十二日")]
    [InlineData("四月二日")]
    public void An_impossible_or_incomplete_date_is_not_read(string text)
    {
        var date = ChineseDates.FindFirst(text);

        Assert.Null(date);
    }
}
