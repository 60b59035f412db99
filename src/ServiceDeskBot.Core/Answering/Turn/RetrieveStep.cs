namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>Retrieves once for the question as understood and picks the quotes that may answer it.</summary>
public sealed class RetrieveStep(EvidenceFinder evidence) : TurnStep
{
    protected override Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        turn.Evidence = evidence.Find(turn.Understood, turn.PreferredSource);
        return Task.CompletedTask;
    }
}
