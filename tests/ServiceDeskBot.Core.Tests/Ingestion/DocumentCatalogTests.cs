using ServiceDeskBot.Core.Ingestion;
using ServiceDeskBot.Core.Ingestion.Identifiers;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class DocumentCatalogTests
{
    private static readonly DateOnly Today = new(2026, 12, 1);

    [Fact]
    public void A_newer_edition_of_the_same_title_from_the_same_issuer_replaces_the_older()
    {
        var older = Document("a.pdf", "青禾市2024年度燃气报警器安装补贴标准", "青禾市城市管理局", effectiveOn: new(2024, 1, 1));
        var newer = Document("b.pdf", "青禾市2025年度燃气报警器安装补贴标准", "青禾市城市管理局", effectiveOn: new(2025, 1, 1));

        Assert.True(DocumentCatalog.Replaces(newer, older));
        Assert.False(DocumentCatalog.Replaces(older, newer));
    }

    [Fact]
    public void The_same_title_from_another_issuer_replaces_nothing()
    {
        var older = Document("a.pdf", "2024年度燃气报警器安装补贴标准", "青禾市城市管理局", effectiveOn: new(2024, 1, 1));
        var newer = Document("b.pdf", "2025年度燃气报警器安装补贴标准", "白河县城市管理局", effectiveOn: new(2025, 1, 1));

        Assert.False(DocumentCatalog.Replaces(newer, older));
    }

    [Fact]
    public void A_document_whose_text_repeals_a_number_replaces_the_document_of_that_number_typed_with_other_brackets()
    {
        var older = Document("a.pdf", "加装电梯补助办法（试行）", "青禾市住房和城乡建设局", number: "青住建〔2023〕5号");
        var newer = Document("b.pdf", "既有住宅增设电梯资助办法", "青禾市住房和城乡建设局") with { Repeals = ["青住建[2023]5号"] };

        Assert.True(DocumentCatalog.Replaces(newer, older));
    }

    [Fact]
    public void A_rule_printed_alone_replaces_the_same_issuers_earlier_notice_issuing_that_rule()
    {
        var older = Document("a.pdf", "青禾市民政局关于印发《青禾市高龄津贴发放办法》的通知", "青禾市民政局", effectiveOn: new(2023, 1, 1));
        var newer = Document("b.pdf", "青禾市高龄津贴发放办法", "青禾市民政局", effectiveOn: new(2026, 1, 1));

        Assert.True(DocumentCatalog.Replaces(newer, older));
    }

    [Fact]
    public void The_documents_a_question_names_by_number_come_with_their_standing()
    {
        var catalog = new DocumentCatalog();
        var older = Document("a.md", "助浴补贴办法", "青禾市民政局", number: "青民发〔2023〕4号");
        var newer = Document("b.md", "助浴补贴新办法", "青禾市民政局", number: "青民规〔2026〕2号", effectiveOn: new(2026, 1, 1)) with { Repeals = ["青民发〔2023〕4号"] };
        catalog.Use([older, newer]);

        var named = catalog.Numbered(IdentifierNormalizer.Tokens("青民发[2023]4号规定每次补贴多少"), Today);

        var validity = Assert.Single(named);
        Assert.Equal("a.md", validity.Document!.Source);
        Assert.Equal(DocumentStanding.Superseded, validity.Standing);
        Assert.Equal("b.md", validity.Successor!.Source);
    }

    [Fact]
    public void An_older_document_is_superseded_only_from_the_day_its_replacement_comes_into_force()
    {
        var catalog = new DocumentCatalog();
        var older = Document("a.md", "旧办法", null) with { SupersededBy = "b.md" };
        catalog.Use([older, Document("b.md", "新办法", null, effectiveOn: new(2027, 1, 1))]);

        var now = catalog.Validity("a.md", Today);
        var later = catalog.Validity("a.md", new(2027, 1, 1));

        Assert.Equal(DocumentStanding.InForce, now.Standing);
        Assert.Equal(DocumentStanding.Superseded, later.Standing);
        Assert.Equal("b.md", later.Successor!.Source);
    }

    [Fact]
    public void A_chain_of_replacements_leads_to_the_newest_document_in_force()
    {
        var catalog = new DocumentCatalog();
        catalog.Use([
            Document("2023.md", "青禾市2023年度助餐补贴标准", "青禾市民政局", effectiveOn: new(2023, 1, 1)),
            Document("2024.md", "青禾市2024年度助餐补贴标准", "青禾市民政局", effectiveOn: new(2024, 1, 1)),
            Document("2025.md", "青禾市2025年度助餐补贴标准", "青禾市民政局", effectiveOn: new(2025, 1, 1)),
        ]);

        var validity = catalog.Validity("2023.md", Today);

        Assert.Equal(DocumentStanding.Superseded, validity.Standing);
        Assert.Equal("2025.md", validity.Successor!.Source);
    }

    [Fact]
    public void An_expired_document_nothing_replaces_is_expired_and_one_not_yet_effective_is_pending()
    {
        var catalog = new DocumentCatalog();
        catalog.Use([
            Document("old.md", "供暖补贴办法", null, expiresOn: new(2024, 12, 31)),
            Document("new.md", "护理补贴办法", null, effectiveOn: new(2027, 7, 1)),
        ]);

        Assert.Equal(DocumentStanding.Expired, catalog.Validity("old.md", Today).Standing);
        Assert.Equal(DocumentStanding.Pending, catalog.Validity("new.md", Today).Standing);
        Assert.True(catalog.AnyOutOfForce(Today));
    }

    [Fact]
    public void A_replaced_document_stops_being_in_force_for_retrieval_on_the_day_its_replacement_starts()
    {
        var catalog = new DocumentCatalog();
        catalog.Use([
            Document("old.md", "旧办法", null) with { SupersededBy = "new.md" },
            Document("new.md", "新办法", null, effectiveOn: new(2025, 1, 1)),
        ]);

        var policy = catalog.Policies(_ => null).Single(p => p.Source == "old.md");

        Assert.False(policy.IsInForce(Today));
        Assert.True(policy.IsInForce(new(2024, 12, 31)));
    }

    [Theory]
    [InlineData("青禾市2024年度燃气报警器安装补贴标准", "青禾市2025年度燃气报警器安装补贴标准")]
    [InlineData("青禾市居住证办理办法（试行）", "青禾市居住证办理办法")]
    [InlineData("青禾市居住证办理办法（2021年修订）", "青禾市居住证办理办法（2024年版）")]
    public void Editions_of_one_title_share_a_series_key(string a, string b)
    {
        Assert.Equal(DocumentCatalog.SeriesKey(a), DocumentCatalog.SeriesKey(b));
    }

    private static CatalogDocument Document(
        string source, string? title, string? issuer, string? number = null, DateOnly? effectiveOn = null, DateOnly? expiresOn = null) =>
        new(source, title, issuer, number, null, effectiveOn, expiresOn, "official", true, null, []);
}
