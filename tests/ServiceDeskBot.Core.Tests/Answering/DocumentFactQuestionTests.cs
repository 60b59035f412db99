using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class DocumentFactQuestionTests
{
    [Theory]
    [InlineData("家庭农场奖补办法到什么时候到期")]
    [InlineData("这个政策有效期多久")]
    [InlineData("助学补贴办法有效期到哪天")]
    [InlineData("青农发〔2025〕12号管到哪年")]
    [InlineData("这个养老补贴办法管几年")]
    public void A_question_about_when_a_policy_expires_asks_for_its_last_day(string question)
    {
        var kind = DocumentFactQuestion.Of(question, namesIdentifier: false);

        Assert.Equal(DocumentFactKind.ExpiresOn, kind);
    }

    [Theory]
    [InlineData("高龄津贴办法什么时候开始施行")]
    [InlineData("新规定从哪天起实施")]
    public void A_question_about_when_a_policy_starts_asks_for_its_first_day(string question)
    {
        var kind = DocumentFactQuestion.Of(question, namesIdentifier: false);

        Assert.Equal(DocumentFactKind.EffectiveFrom, kind);
    }

    [Fact]
    public void A_question_about_one_numbered_article_of_a_document_is_no_question_about_the_document_as_a_whole()
    {
        var kind = DocumentFactQuestion.Of("青农发〔2025〕12号第三条讲的是什么", namesIdentifier: true);

        Assert.Equal(DocumentFactKind.None, kind);
    }

    [Fact]
    public void A_question_about_which_department_issued_a_policy_asks_for_the_issuer()
    {
        var kind = DocumentFactQuestion.Of("家庭农场奖补办法是哪个部门发的", namesIdentifier: false);

        Assert.Equal(DocumentFactKind.Issuer, kind);
    }

    [Fact]
    public void A_question_naming_a_document_number_and_asking_what_it_is_asks_for_the_title()
    {
        var kind = DocumentFactQuestion.Of("江农发〔2025〕12号是关于什么的", namesIdentifier: true);

        Assert.Equal(DocumentFactKind.Title, kind);
    }

    [Fact]
    public void Asking_what_something_is_without_a_document_number_is_not_about_a_document()
    {
        var kind = DocumentFactQuestion.Of("示范家庭农场是什么政策", namesIdentifier: false);

        Assert.Equal(DocumentFactKind.None, kind);
    }

    [Theory]
    [InlineData("居住证多久能办好")]
    [InlineData("家庭农场奖补什么时候可以报")]
    [InlineData("出入境大厅周六开门吗")]
    public void A_question_about_a_passages_fact_is_not_about_the_document(string question)
    {
        var kind = DocumentFactQuestion.Of(question, namesIdentifier: false);

        Assert.Equal(DocumentFactKind.None, kind);
    }

    [Fact]
    public void The_subject_of_a_document_question_is_what_is_left_of_its_asking_words()
    {
        var subject = DocumentFactQuestion.Subject("高龄津贴办法什么时候开始施行？");

        Assert.Equal("高龄津贴办法", subject);
    }
}
