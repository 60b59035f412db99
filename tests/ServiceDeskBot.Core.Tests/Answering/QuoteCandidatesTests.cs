using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Tests.Answering;

public sealed class QuoteCandidatesTests
{
    [Fact]
    public void An_information_line_of_a_passage_is_never_a_quote_candidate()
    {
        const string passage = "来源:青禾市商务局 发布时间:2026-02-10\n\n居民交售旧家具的,每件给予回收补贴20元。";

        var candidates = EvidenceFinder.Candidates(passage, "").Select(c => c.Text).ToList();

        Assert.Contains("居民交售旧家具的,每件给予回收补贴20元。", candidates);
        Assert.DoesNotContain(candidates, c => c.Contains("来源", StringComparison.Ordinal));
    }
}
