namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>One step of answering a turn: it reads the turn context, adds what it found, and may give the reply.</summary>
public interface ITurnStep
{
    /// <summary>
    /// Runs the step. Text an LLM streams while writing the reply is yielded as it arrives; every other step yields
    /// nothing and only updates <paramref name="turn"/>.
    /// </summary>
    IAsyncEnumerable<string> RunAsync(TurnContext turn, CancellationToken cancellationToken);
}
