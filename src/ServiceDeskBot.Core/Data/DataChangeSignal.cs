namespace ServiceDeskBot.Core.Data;

/// <summary>
/// The one event inside a node that says "curation, the corpus or the word lists changed": generation counters that
/// caches compare against, and <see cref="Changed"/> for those that reload at once. Saves through
/// <see cref="ServiceDeskDbContext"/> raise it (via <see cref="DataChangeInterceptor"/>); bulk <c>ExecuteUpdate</c>
/// calls bypass the interceptor and must call <see cref="Notify"/> themselves. A cross-node transport sends what
/// <see cref="SavedHere"/> reports to the other nodes, and raises what they saved here with
/// <see cref="NotifyFromOtherNode"/> (which does not raise <see cref="SavedHere"/>, so nothing echoes back).
/// </summary>
public sealed class DataChangeSignal
{
    private long _curatedAnswers;
    private long _templates;
    private long _corpus;
    private long _wordLists;

    /// <summary>Raised after the generations were bumped. Handlers run on the saving thread: they must only start work.</summary>
    public event Action<DataChange>? Changed;

    /// <summary>Raised after <see cref="Changed"/> for changes saved on this node only, for a cross-node transport to send on.</summary>
    public event Action<DataChange>? SavedHere;

    public long CuratedAnswersGeneration => Interlocked.Read(ref _curatedAnswers);

    public long TemplatesGeneration => Interlocked.Read(ref _templates);

    public long CorpusGeneration => Interlocked.Read(ref _corpus);

    public long WordListsGeneration => Interlocked.Read(ref _wordLists);

    /// <summary>Reports changes saved on this node.</summary>
    public void Notify(DataChange changes)
    {
        Raise(changes);
        if (changes != DataChange.None)
        {
            SavedHere?.Invoke(changes);
        }
    }

    /// <summary>Reports changes another node saved (or may have saved while this node could not hear of them).</summary>
    public void NotifyFromOtherNode(DataChange changes) => Raise(changes);

    private void Raise(DataChange changes)
    {
        if (changes.HasFlag(DataChange.CuratedAnswers))
        {
            Interlocked.Increment(ref _curatedAnswers);
        }

        if (changes.HasFlag(DataChange.Templates))
        {
            Interlocked.Increment(ref _templates);
        }

        if (changes.HasFlag(DataChange.Corpus))
        {
            Interlocked.Increment(ref _corpus);
        }

        if (changes.HasFlag(DataChange.WordLists))
        {
            Interlocked.Increment(ref _wordLists);
        }

        if (changes != DataChange.None)
        {
            Changed?.Invoke(changes);
        }
    }
}
