using System.Text.RegularExpressions;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// The asker's own spot ("我们小区", "我家楼下", "我们村") asked about as such: whether something is there, will come
/// there, or when. The corpus speaks of a city, a district or a street office and never knows which compound is the
/// asker's, so a city-wide sentence ("推进老旧小区改造") does not say whether their compound has it or when it comes.
/// How to apply for something from one's compound ("我们小区加装电梯怎么申请") is a question about the procedure and
/// is not caught here.
/// </summary>
public static partial class AskerLocality
{
    /// <summary>The asker's own spot the question asks about as such (NFKC, lower-case question), or null.</summary>
    public static string? Asked(string question)
    {
        ArgumentNullException.ThrowIfNull(question);
        return OwnSpotAsked().Match(question) is { Success: true } match ? match.Groups["spot"].Value : null;
    }

    // "我们/咱们/俺们/我家/我住的" before a compound, a village, a building or its surroundings; then, in the same clause, a
    // question of presence or time.
    [GeneratedRegex(@"(?<spot>(?:我们|咱们|俺们|我家|我住的|我所在的?)(?:这个|那个|这|那)?(?:小区|社区|村子?|组|楼下|楼栋|单元|家属院|院子?|大院|附近|门口|周边|那片|这片|片区))[^,.!?;。，！？；]*?(?:有没有|有吗|有么|有木有|会不会|会有|是不是|是否|要不要|在不在|算不算|轮得到|轮到|什么时候|啥时候|几时|哪天|哪一年|何时)")]
    private static partial Regex OwnSpotAsked();
}
