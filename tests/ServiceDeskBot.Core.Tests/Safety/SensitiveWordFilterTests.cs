using ServiceDeskBot.Core.Safety;
using ServiceDeskBot.Core.Storage;
using ServiceDeskBot.Core.Tests.Ingestion;

namespace ServiceDeskBot.Core.Tests.Safety;

public sealed class SensitiveWordFilterTests : IDisposable
{
    private readonly TempDirectory _data = new();
    private readonly SensitiveWordFilter _filter;

    public SensitiveWordFilterTests()
    {
        _filter = new SensitiveWordFilter(new DataPaths(new StorageOptions { DataDirectory = _data.Path, SeedsDirectory = _data.Path }, _data.Path));
        _filter.Save(["违禁词", "abc秘方"]);
    }

    [Theory]
    [InlineData("请问违禁词怎么办")]
    [InlineData("请问违 禁 词怎么办")]
    [InlineData("请问违*禁-词怎么办")]
    [InlineData("ＡＢＣ秘方哪里买")]
    [InlineData("a b c 秘 方")]
    public void Find_matches_listed_words_despite_width_case_spaces_and_punctuation(string question)
    {
        var found = _filter.Find(question);

        Assert.NotNull(found);
    }

    [Fact]
    public void Find_returns_null_for_an_ordinary_question()
    {
        var found = _filter.Find("中原区政务服务中心几点上班");

        Assert.Null(found);
    }

    [Fact]
    public void A_saved_list_is_read_back_by_a_new_filter()
    {
        var reopened = new SensitiveWordFilter(new DataPaths(new StorageOptions { DataDirectory = _data.Path, SeedsDirectory = _data.Path }, _data.Path));

        Assert.Equal(["违禁词", "abc秘方"], reopened.Words);
        Assert.Equal("违禁词", reopened.Find("违 禁 词"));
    }

    public void Dispose() => _data.Dispose();
}
