using System.Globalization;
using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>
/// How a review cluster's key travels in the 创建标注问答 link and the 已处理 and save forms: three short fields,
/// whatever the cluster's size, instead of one field per question.
/// </summary>
internal static class ClusterKeyFields
{
    public const string Anchor = "cluster";
    public const string ThroughAskId = "asks";
    public const string ThroughCorrectionId = "corrections";

    public static IEnumerable<KeyValuePair<string, string>> Of(ReviewClusterKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        yield return KeyValuePair.Create(Anchor, key.Anchor);
        yield return KeyValuePair.Create(ThroughAskId, key.ThroughAskId.ToString(CultureInfo.InvariantCulture));
        yield return KeyValuePair.Create(ThroughCorrectionId, key.ThroughCorrectionId.ToString(CultureInfo.InvariantCulture));
    }

    public static string Query(ReviewClusterKey key) =>
        QueryString.Create(Of(key).Select(f => KeyValuePair.Create(f.Key, (string?)f.Value))).ToUriComponent();
}
