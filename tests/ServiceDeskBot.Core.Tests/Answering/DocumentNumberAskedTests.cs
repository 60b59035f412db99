using ServiceDeskBot.Core.Answering;
using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class DocumentNumberAskedTests
{
    private static readonly CatalogDocument Expired = new(
        "gas-stove-subsidy-2024.html", "关于实施老旧燃气灶具以旧换新补贴的通知", "霁州市发展和改革委员会", "霁发改〔2024〕12号",
        new DateOnly(2024, 3, 1), new DateOnly(2024, 3, 1), null, "official", true, null, []);

    [Fact]
    public void A_question_naming_the_documents_number_in_square_brackets_names_the_document()
    {
        var named = DocumentNumberAsked.By("霁发改[2024]12号规定每户最多补贴多少", Expired);

        Assert.True(named);
    }

    [Fact]
    public void A_question_sharing_only_the_documents_subject_words_does_not_name_it()
    {
        var named = DocumentNumberAsked.By("燃气灶以旧换新补贴每户最多补贴多少", Expired);

        Assert.False(named);
    }

    [Fact]
    public void A_question_naming_another_number_of_the_same_issuer_does_not_name_the_document()
    {
        var named = DocumentNumberAsked.By("霁发改〔2024〕13号规定每户最多补贴多少", Expired);

        Assert.False(named);
    }
}
