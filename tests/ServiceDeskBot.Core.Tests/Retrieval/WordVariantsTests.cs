using System.Text;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class WordVariantsTests
{
    [Fact]
    public void A_directed_paraphrase_credits_the_official_wording_for_the_everyday_one()
    {
        var variants = WordVariants.FromParaphraseLines(["写字楼 => 商务楼宇, 楼宇"]);

        var credit = variants.Credit("写字楼", "布局一批品质高端的高端商务楼宇");

        Assert.Equal(WordVariants.ParaphraseCredit, credit);
    }

    [Fact]
    public void A_directed_paraphrase_does_not_credit_the_other_way_round()
    {
        var variants = WordVariants.FromParaphraseLines(["写字楼 => 商务楼宇"]);

        var credit = variants.Credit("商务楼宇", "附近新建了写字楼");

        Assert.Equal(0, credit);
    }

    [Fact]
    public void Words_of_a_plain_group_stand_for_one_another()
    {
        var variants = WordVariants.FromParaphraseLines(["高企,高新技术企业"]);

        Assert.Equal(WordVariants.ParaphraseCredit, variants.Credit("高企", "高新技术企业认定公示48家"));
        Assert.Equal(WordVariants.ParaphraseCredit, variants.Credit("高新技术企业", "新增高企48家"));
    }

    [Fact]
    public void A_word_the_text_contains_itself_counts_whole()
    {
        var variants = WordVariants.FromParaphraseLines(["写字楼 => 商务楼宇"]);

        var credit = variants.Credit("写字楼", "写字楼和商务楼宇");

        Assert.Equal(1, credit);
    }

    [Fact]
    public void A_phrase_the_segmenter_splits_still_carries_its_paraphrase_to_its_words()
    {
        var variants = WordVariants.FromParaphraseLines(["污染防治 => 保卫战"]);
        var phrases = variants.PhrasesIn("中原区要打赢哪几场污染防治仗").ToList();

        var credit = variants.Credit("防治", "打好蓝天、碧水、净土保卫战", phrases);

        Assert.Contains("污染防治", phrases);
        Assert.Equal(WordVariants.ParaphraseCredit, credit);
    }

    [Fact]
    public void Thesaurus_groups_give_less_credit_and_leave_out_single_characters_and_large_groups()
    {
        var directory = Path.Combine(Path.GetTempPath(), "feat-engine2-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(directory);
        var thesaurus = Path.Combine(directory, "cn_synonym.txt");
        File.WriteAllLines(thesaurus,
        [
            "Hc03B01= 部署 布局 布置",
            "Hd01A01= 建筑 建 筑 修",
            "Db09A01= 方法 法子 办法 点子 主意 法门 章程 抓挠 长法 措施 方式",
            "Aa01B03# 良民 顺民",
        ], Encoding.UTF8);

        var variants = WordVariants.Load(Path.Combine(directory, "none.txt"), thesaurus);

        Assert.Equal(WordVariants.ThesaurusCredit, variants.Credit("布局", "统筹部署"));
        Assert.Empty(variants.Of("建"));
        Assert.Empty(variants.Of("方法"));
        Assert.Empty(variants.Of("良民"));
        Directory.Delete(directory, recursive: true);
    }

    [Fact]
    public void The_paraphrase_list_in_the_seeds_loads_with_entries_for_common_everyday_words()
    {
        var variants = WordVariants.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "retrieval", "paraphrases.txt"), null);

        Assert.Contains(variants.Of("一把手"), v => v.Word == "书记");
        Assert.Contains(variants.Of("国企"), v => v.Word == "国有企业");
    }

    [Fact]
    public void The_paraphrase_list_in_the_seeds_leads_everyday_service_words_to_their_formal_terms_one_way()
    {
        var variants = WordVariants.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "retrieval", "paraphrases.txt"), null);

        Assert.Contains(variants.Of("上户口"), v => v.Word == "落户");
        Assert.Contains(variants.Of("体检"), v => v.Word == "健康体检");
        Assert.DoesNotContain(variants.Of("健康体检"), v => v.Word == "体检");
    }

    [Fact]
    public void The_paraphrase_list_in_the_seeds_leads_round_14_everyday_words_to_the_reports_wording()
    {
        var variants = WordVariants.Load(Path.Combine(AppContext.BaseDirectory, "seeds", "retrieval", "paraphrases.txt"), null);

        Assert.Contains(variants.Of("人群"), v => v.Word == "群体");
        Assert.Contains(variants.Of("拿地"), v => v.Word == "用地");
        Assert.Contains(variants.Of("一体化"), v => v.Word == "一体");
        Assert.DoesNotContain(variants.Of("群体"), v => v.Word == "人群");
    }
}
