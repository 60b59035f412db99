namespace ServiceDeskBot.Core.Review;

/// <summary>Similar questions in the review queue, handled together.</summary>
/// <param name="Representative">The question that stands for the cluster (its most frequent wording).</param>
/// <param name="Items">The questions, newest first.</param>
public sealed record ReviewCluster(string Representative, IReadOnlyList<ReviewItem> Items)
{
    public int Count => Items.Count;

    public DateTimeOffset Latest => Items.Max(i => i.At);

    /// <summary>Every reason its items are waiting, in enum order.</summary>
    public IReadOnlyList<ReviewItemKind> Kinds => Items.SelectMany(i => i.Kinds).Distinct().Order().ToList();

    /// <summary>The cluster's other wordings, distinct, for a curated answer's alternate questions.</summary>
    public IReadOnlyList<string> Alternates =>
        Items.Select(i => i.Question).Where(q => q != Representative).Distinct(StringComparer.Ordinal).ToList();

    public IReadOnlyList<long> AskIds => Items.Where(i => i.AskId is not null).Select(i => i.AskId!.Value).Distinct().ToList();

    public IReadOnlyList<long> CorrectionIds => Items.Where(i => i.CorrectionId is not null).Select(i => i.CorrectionId!.Value).ToList();

    /// <summary>The newest item with an ask-log entry: the turn the queue row shows the reason of and links to.</summary>
    public ReviewItem? LatestAsk => Items.Where(i => i.AskId is not null).MaxBy(i => i.At);

    /// <summary>The newest clerk-suggested answer in the cluster, if any.</summary>
    public string? SuggestedAnswer => Items.Select(i => i.SuggestedAnswer).FirstOrDefault(a => !string.IsNullOrWhiteSpace(a));
}
