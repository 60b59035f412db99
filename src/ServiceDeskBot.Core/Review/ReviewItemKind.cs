namespace ServiceDeskBot.Core.Review;

/// <summary>Why a turn is waiting for an admin.</summary>
public enum ReviewItemKind
{
    /// <summary>A question the bot declined to answer.</summary>
    Declined,

    /// <summary>A question answered (or classified) with little confidence.</summary>
    LowConfidence,

    /// <summary>A citizen rated the answer unhelpful.</summary>
    Disliked,

    /// <summary>A window clerk suggested a correction.</summary>
    Correction,
}
