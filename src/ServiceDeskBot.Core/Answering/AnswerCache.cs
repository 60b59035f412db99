using Microsoft.Extensions.Options;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Replies to context-free questions (no follow-up context, nothing masked), by the question's text, for as long as
/// nothing they depend on changes: the cache holds one set of <see cref="AnswerVersions"/>, and a turn that reads other
/// versions empties it before looking. So an edit on any node (which raises the change signal here) or a new index
/// outdates every entry at once, and a reply made under older versions is never added under newer ones. Bounded by
/// entries and by an estimate of their bytes (<see cref="AnsweringOptions"/>), the least recently asked going first.
/// </summary>
public sealed class AnswerCache(IOptions<AnsweringOptions> options)
{
    // What an entry costs beyond its texts: the node, the records, the evidence's question, hits and lists.
    private const long EntryOverheadBytes = 2048;
    private const long BytesPerHit = 64;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, LinkedListNode<Entry>> _entries = new(StringComparer.Ordinal);
    private readonly LinkedList<Entry> _recency = new();
    private AnswerVersions? _versions;
    private long _bytes;

    public bool IsEnabled => options.Value.CacheEnabled;

    /// <summary>Entries held now.</summary>
    public int Count
    {
        get
        {
            lock (_gate)
            {
                return _entries.Count;
            }
        }
    }

    /// <summary>The estimated bytes the entries hold now.</summary>
    public long Bytes
    {
        get
        {
            lock (_gate)
            {
                return _bytes;
            }
        }
    }

    private long MaxBytes => options.Value.CacheMaxMegabytes * 1024L * 1024L;

    /// <summary>The reply kept for <paramref name="question"/> under <paramref name="versions"/>, or null.</summary>
    public CachedAnswer? Find(string question, AnswerVersions versions)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(versions);
        lock (_gate)
        {
            if (!versions.Equals(_versions))
            {
                Clear();
                _versions = versions;
                return null;
            }

            if (!_entries.TryGetValue(question, out var node))
            {
                return null;
            }

            _recency.Remove(node);
            _recency.AddFirst(node);
            return node.Value.Answer;
        }
    }

    /// <summary>
    /// Keeps <paramref name="answer"/> for <paramref name="question"/> when <paramref name="versions"/> (read before the
    /// turn was answered) are still the ones the cache holds; otherwise the reply may rest on data since replaced.
    /// </summary>
    public void Add(string question, AnswerVersions versions, CachedAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(question);
        ArgumentNullException.ThrowIfNull(versions);
        ArgumentNullException.ThrowIfNull(answer);
        var bytes = Size(question, answer);
        lock (_gate)
        {
            if (!versions.Equals(_versions) || bytes > MaxBytes)
            {
                return;
            }

            if (_entries.Remove(question, out var old))
            {
                _recency.Remove(old);
                _bytes -= old.Value.Bytes;
            }

            _entries[question] = _recency.AddFirst(new Entry(question, answer, bytes));
            _bytes += bytes;
            while (_entries.Count > options.Value.CacheMaxEntries || _bytes > MaxBytes)
            {
                var last = _recency.Last!;
                _recency.RemoveLast();
                _entries.Remove(last.Value.Question);
                _bytes -= last.Value.Bytes;
            }
        }
    }

    private void Clear()
    {
        _entries.Clear();
        _recency.Clear();
        _bytes = 0;
    }

    // Texts are UTF-16: two bytes a character. The question is held four times over (raw, content, normalised, terms).
    private static long Size(string question, CachedAnswer answer)
    {
        long chars = question.Length * 5L + answer.Reply.Text.Length;
        foreach (var citation in answer.Reply.Citations)
        {
            chars += citation.PassageId.Length + citation.Source.Length + citation.Title.Length + citation.Snippet.Length
                + (citation.Issuer?.Length ?? 0) + (citation.DocumentNumber?.Length ?? 0) + (citation.Locator?.Length ?? 0);
        }

        foreach (var note in answer.Notes)
        {
            chars += note.Detail.Length;
        }

        var hits = 0;
        if (answer.Evidence is { } evidence)
        {
            foreach (var quote in evidence.Quotes)
            {
                chars += quote.Text.Length;
            }

            hits = evidence.Hits.Count;
        }

        return EntryOverheadBytes + 2 * chars + BytesPerHit * hits;
    }

    private sealed record Entry(string Question, CachedAnswer Answer, long Bytes);
}
