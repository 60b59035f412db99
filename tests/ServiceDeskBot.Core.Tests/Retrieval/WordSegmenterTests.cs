using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Tests.Retrieval;

public sealed class WordSegmenterTests
{
    // The production loader with the repository's user dictionary, copied beside the test assembly with the seeds.
    private static readonly WordSegmenter Words = WordSegmenter.Load(
        Path.Combine(AppContext.BaseDirectory, "seeds", "retrieval", "userdict.txt"), ["二七区", "中原区"]);

    [Fact]
    public void The_dictionary_shipped_in_the_package_resources_is_found_beside_the_assembly()
    {
        Assert.True(File.Exists(Path.Combine(AppContext.BaseDirectory, "Resources", "dict.txt")));
    }

    [Fact]
    public void A_policy_term_of_the_user_dictionary_stays_one_word()
    {
        var words = Words.ContentWords("中原区的潮汐窗口在哪里");

        Assert.Contains("潮汐窗口", words);
    }

    [Fact]
    public void Content_words_leave_out_particles_and_question_words()
    {
        var words = Words.ContentWords("二七区的城市更新项目有哪些呢？");

        Assert.DoesNotContain("的", words);
        Assert.DoesNotContain("哪些", words);
        Assert.DoesNotContain("呢", words);
        Assert.Contains("二七区", words);
    }

    [Fact]
    public void Index_words_include_the_shorter_words_inside_a_long_one()
    {
        var words = Words.IndexWords("高新技术企业认定公示");

        Assert.Contains("高新技术企业", words);
        Assert.Contains("企业", words);
    }

    [Fact]
    public void A_relative_time_such_as_yanxia_is_no_content_word()
    {
        var words = Words.ContentWords("老城区眼下在改造哪些小区");

        Assert.DoesNotContain("眼下", words);
        Assert.Contains("小区", words);
    }
}
