using System.Runtime.CompilerServices;

namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>A step that streams nothing: it only reads and updates the turn context.</summary>
public abstract class TurnStep : ITurnStep
{
    public async IAsyncEnumerable<string> RunAsync(TurnContext turn, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await ExecuteAsync(turn, cancellationToken).ConfigureAwait(false);
        yield break;
    }

    protected abstract Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken);
}
