namespace ServiceDeskBot.Core.Data;

/// <summary>
/// Generation counters that in-memory caches compare against to know when admin edits made them stale.
/// Only saves through <see cref="ServiceDeskDbContext"/> with <see cref="DataChangeInterceptor"/> attached bump them;
/// bulk <c>ExecuteUpdate</c> calls bypass it and must call the bump methods themselves.
/// </summary>
public sealed class DataChangeSignal
{
    private long _curatedAnswers;
    private long _templates;

    public long CuratedAnswersGeneration => Interlocked.Read(ref _curatedAnswers);

    public long TemplatesGeneration => Interlocked.Read(ref _templates);

    public void CuratedAnswersChanged() => Interlocked.Increment(ref _curatedAnswers);

    public void TemplatesChanged() => Interlocked.Increment(ref _templates);
}
