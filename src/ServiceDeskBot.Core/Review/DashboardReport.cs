namespace ServiceDeskBot.Core.Review;

/// <summary>Ask-log figures for the last <see cref="Days"/> local days, today included.</summary>
/// <param name="Answered">Turns answered from the corpus or a curated answer.</param>
/// <param name="Declined">Questions the bot declined to answer.</param>
/// <param name="PerDay">One entry per day from <see cref="From"/> to <see cref="To"/>, days without asks included.</param>
/// <param name="Intents">Asks per intent, most frequent first.</param>
/// <param name="Modes">Asks per answer mode, most frequent first.</param>
/// <param name="TopQuestions">Most asked questions of the question intent (similar wordings counted together), most frequent first.</param>
/// <param name="TopDeclined">Most asked of the declined questions.</param>
/// <param name="Likes">Answers citizens rated helpful.</param>
/// <param name="Dislikes">Answers citizens rated unhelpful.</param>
public sealed record DashboardReport(
    int Days,
    DateOnly From,
    DateOnly To,
    int Total,
    int Answered,
    int Declined,
    IReadOnlyList<DailyAskCount> PerDay,
    IReadOnlyList<LabelCount> Intents,
    IReadOnlyList<LabelCount> Modes,
    IReadOnlyList<LabelCount> TopQuestions,
    IReadOnlyList<LabelCount> TopDeclined,
    int Likes,
    int Dislikes);
