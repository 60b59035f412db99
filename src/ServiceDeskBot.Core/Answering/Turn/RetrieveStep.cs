using ServiceDeskBot.Core.Retrieval.Dense;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// Retrieves once for the question as understood (BM25, fused with the dense leg when it is configured and ready)
/// and picks the quotes that may answer it. When an earlier step already found the evidence for the same question
/// (as typed, no preferred document, no dense leg), that evidence is used as it is.
/// </summary>
public sealed class RetrieveStep(EvidenceFinder evidence, DenseIndex dense) : TurnStep
{
    protected override async Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        var ranking = dense.IsEnabled ? await dense.RankAsync(turn.Understood.Content, cancellationToken).ConfigureAwait(false) : null;
        turn.Evidence = turn.QuestionEvidence is { } found && ranking is null && !turn.IsFollowUp && turn.PreferredSource is null
            ? found
            : evidence.Find(turn.Understood, turn.PreferredSource, dense: ranking);
    }
}
