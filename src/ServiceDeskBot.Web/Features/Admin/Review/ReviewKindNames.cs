using ServiceDeskBot.Core.Review;

namespace ServiceDeskBot.Web.Features.Admin.Review;

/// <summary>How the review pages name and colour the reasons an item waits.</summary>
internal static class ReviewKindNames
{
    public static string Name(ReviewItemKind kind) => kind switch
    {
        ReviewItemKind.Declined => "未能回答",
        ReviewItemKind.LowConfidence => "低置信度",
        ReviewItemKind.Disliked => "用户差评",
        ReviewItemKind.Correction => "人工纠错",
        _ => kind.ToString(),
    };

    public static string Badge(ReviewItemKind kind) => kind switch
    {
        ReviewItemKind.Declined or ReviewItemKind.Disliked => "badge bad",
        ReviewItemKind.Correction => "badge ok",
        _ => "badge warn",
    };
}
