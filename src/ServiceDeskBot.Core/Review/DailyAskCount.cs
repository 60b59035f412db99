namespace ServiceDeskBot.Core.Review;

/// <summary>Asks on one local day.</summary>
/// <param name="Declined">Questions the bot declined to answer.</param>
public sealed record DailyAskCount(DateOnly Date, int Total, int Answered, int Declined);
