using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class SupersededQuestionTests
{
    private static readonly CatalogDocument Replaced = new(
        "startup-loan-2022.docx", "江屿市创业担保贷款实施办法", "江屿市人力资源和社会保障局", "江人社发〔2022〕6号",
        new DateOnly(2022, 3, 15), new DateOnly(2022, 4, 1), null, "official", true, "startup-loan-2026.pdf", []);

    [Fact]
    public void The_replaced_documents_number_gives_way_to_its_title()
    {
        var asked = SupersededQuestion.Without("江人社发[2022]6号规定的贴息比例是多少", Replaced);

        Assert.NotNull(asked);
        Assert.Contains("江屿市创业担保贷款实施办法", asked);
        Assert.DoesNotContain("2022", asked);
    }

    [Fact]
    public void The_replaced_documents_year_is_left_out()
    {
        var asked = SupersededQuestion.Without("2022年的创业担保贷款办法规定个人最多贷多少", Replaced);

        Assert.Equal("的创业担保贷款办法规定个人最多贷多少", asked);
    }

    [Fact]
    public void A_question_naming_neither_is_asked_as_it_stands()
    {
        var asked = SupersededQuestion.Without("创业担保贷款个人最多贷多少", Replaced);

        Assert.Null(asked);
    }
}
