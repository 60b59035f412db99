namespace ServiceDeskBot.Core.Answering.Turn;

/// <summary>
/// After the guard and the follow-up check: a context-free turn (not read in a conversation's context, nothing masked in
/// it, not refused) is given the reply the same question got before, when nothing that reply depends on has changed
/// (<see cref="AnswerCache"/>). The turn still makes its own suggestions, ask id, ask-log row, metrics and follow-up
/// memory in the finishing steps; its decision record says the reply came from the cache.
/// </summary>
public sealed class AnswerCacheStep(AnswerCache cache, AnswerDependencies dependencies) : TurnStep
{
    protected override Task ExecuteAsync(TurnContext turn, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(turn);
        if (!cache.IsEnabled || turn.Reply is not null || turn.IsFollowUp || turn.PreferredSource is not null
            || !string.Equals(turn.Question.Raw, turn.Request.Question.Trim(), StringComparison.Ordinal))
        {
            return Task.CompletedTask;
        }

        var versions = dependencies.Current();
        turn.CacheVersions = versions;
        if (cache.Find(turn.Question.Raw, versions) is { } cached)
        {
            turn.FromCache = true;
            turn.Intent = cached.Intent;
            turn.Confidence = cached.Confidence;
            turn.Evidence = cached.Evidence;
            turn.Notes.Add(new DecisionNote(DecisionCode.Cached));
            turn.Notes.AddRange(cached.Notes);
            turn.Reply = cached.Reply;
        }

        return Task.CompletedTask;
    }
}
