using ServiceDeskBot.Core.Ingestion;

namespace ServiceDeskBot.Core.Tests.Ingestion;

public sealed class PassageSplitterTests
{
    private const string FirstParagraph =
        "办理居住证需要本人到社区服务中心提交身份证、照片和居住证明,工作人员当场核验材料,符合条件的予以受理,材料不全的一次性告知需要补正的全部内容。";

    private const string SecondParagraph =
        "居住证自受理之日起十五个工作日内制作完成,申请人可以选择到窗口领取,也可以选择邮寄到家,邮寄费用由政府承担,领取时请携带受理回执和身份证原件。";

    [Fact]
    public void Split_of_an_empty_document_gives_no_passages()
    {
        var document = TextCleaner.Clean("empty.txt", "");

        var passages = new PassageSplitter().Split(document);

        Assert.Empty(passages);
    }

    [Fact]
    public void Split_changes_only_the_id_of_the_passage_whose_text_changed()
    {
        var before = TextCleaner.Clean("guide.txt", FirstParagraph + "\n\n" + SecondParagraph);
        var after = TextCleaner.Clean("guide.txt", FirstParagraph + "\n\n" + SecondParagraph.Replace("十五", "十", StringComparison.Ordinal));

        var oldPassages = new PassageSplitter().Split(before);
        var newPassages = new PassageSplitter().Split(after);

        Assert.Equal(2, oldPassages.Count);
        Assert.Equal(2, newPassages.Count);
        Assert.Equal(oldPassages[0].Id, newPassages[0].Id);
        Assert.NotEqual(oldPassages[1].Id, newPassages[1].Id);
    }

    [Fact]
    public void StableId_depends_on_both_source_and_text()
    {
        var id = PassageSplitter.StableId("a.txt", FirstParagraph);

        Assert.Equal(id, PassageSplitter.StableId("a.txt", FirstParagraph));
        Assert.NotEqual(id, PassageSplitter.StableId("b.txt", FirstParagraph));
        Assert.NotEqual(id, PassageSplitter.StableId("a.txt", FirstParagraph + "。"));
    }

    [Fact]
    public void Split_gives_distinct_ids_to_repeated_paragraphs()
    {
        var document = TextCleaner.Clean("repeat.txt", FirstParagraph + "\n\n" + FirstParagraph);

        var passages = new PassageSplitter().Split(document);

        Assert.Equal(2, passages.Count);
        Assert.Equal(passages[0].Text, passages[1].Text);
        Assert.NotEqual(passages[0].Id, passages[1].Id);
    }

    [Fact]
    public void Split_keeps_a_heading_with_the_paragraph_after_it()
    {
        var document = TextCleaner.Clean("guide.txt", "居住证办理指南\n\n所需材料\n\n" + FirstParagraph);

        var passages = new PassageSplitter().Split(document);

        var passage = Assert.Single(passages);
        Assert.StartsWith("居住证办理指南", passage.Text, StringComparison.Ordinal);
        Assert.EndsWith(FirstParagraph, passage.Text, StringComparison.Ordinal);
        Assert.Equal("所需材料", passage.Section);
    }

    [Fact]
    public void Split_cuts_a_long_sentence_after_a_comma_rather_than_mid_clause()
    {
        var document = TextCleaner.Clean("long.txt", SyntheticTexts.LongCommaSentence(80));

        var passages = new PassageSplitter(120).Split(document);

        Assert.True(passages.Count > 1);
        Assert.All(passages.SkipLast(1), p => Assert.Contains(p.Text[^1], ",、"));
    }

    [Theory]
    [InlineData("001", "195家", "聚焦科技创新抓产业,发展动能更加强劲")]
    [InlineData("001", "挂图作战", "持续抓好项目建设")]
    public void Split_gives_seed_passages_their_nearest_section_heading(string prefix, string fact, string section)
    {
        var document = SeedArticles.Clean(prefix);

        var passages = new PassageSplitter().Split(document);

        var passage = Assert.Single(passages, p => p.Text.Contains(fact, StringComparison.Ordinal));
        Assert.Equal(section, passage.Section);
    }

    [Fact]
    public void Split_gives_the_Erqi_interview_passages_a_section_naming_Erqi_district()
    {
        var document = SeedArticles.Clean("004");

        var passages = new PassageSplitter().Split(document);

        var passage = Assert.Single(passages, p => p.Text.Contains("1124亿元", StringComparison.Ordinal));
        Assert.Contains("二七区", passage.Section, StringComparison.Ordinal);
    }

    [Fact]
    public void Split_never_cuts_a_character_outside_the_BMP_in_half()
    {
        // "𠮷" is two UTF-16 units; seven units per repeat puts some hard cuts between its halves.
        var document = TextCleaner.Clean("names.txt", string.Concat(Enumerable.Repeat("𠮷野家办事局", 200)));

        var passages = new PassageSplitter(120).Split(document);

        Assert.True(passages.Count > 1);
        Assert.All(passages, p =>
        {
            Assert.False(char.IsLowSurrogate(p.Text[0]), $"Passage {p.Ordinal} starts with half a character.");
            Assert.False(char.IsHighSurrogate(p.Text[^1]), $"Passage {p.Ordinal} ends with half a character.");
        });
    }
}
