using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Follow-up questions the corpus can answer: built from the headings of related passages and kept only when the
/// judge says the corpus answers them, so a suggestion never leads a citizen into a refusal. Verdicts are cached per
/// index generation: a re-index may change them.
/// </summary>
public sealed partial class SuggestionFinder(EvidenceFinder evidence, AnswerJudge judge, PassageRetriever retriever, IOptions<AnsweringOptions> options)
{
    private const int MinTopicLength = 4;
    private const int MaxTopicLength = 22;

    private readonly ConcurrentDictionary<(long Generation, string Question), bool> _answerable = new();
    private long _cachedGeneration = -1;

    /// <summary>Suggestions related to the hits of a question, excluding the topic already answered.</summary>
    public IReadOnlyList<string> Related(Evidence current, string? answeredSection)
    {
        ArgumentNullException.ThrowIfNull(current);
        var topics = current.Hits
            .Select(h => h.Passage.Section)
            .Where(s => s.Length > 0 && s != answeredSection)
            .Select(Topic)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(t => t + "有哪些具体做法？");
        return KeepAnswerable(topics.Concat(options.Value.QuickQuestions));
    }

    /// <summary>The configured quick questions that the corpus answers.</summary>
    public IReadOnlyList<string> Quick() => KeepAnswerable(options.Value.QuickQuestions);

    private List<string> KeepAnswerable(IEnumerable<string> candidates) =>
        candidates
            .Where(IsAnswerable)
            .Take(options.Value.MaxSuggestions)
            .ToList();

    private bool IsAnswerable(string question)
    {
        var generation = retriever.Generation;
        if (Interlocked.Exchange(ref _cachedGeneration, generation) != generation)
        {
            // A re-index made every cached verdict stale.
            _answerable.Clear();
        }

        return _answerable.GetOrAdd((generation, question), key => judge.Judge(evidence.Find(key.Question)).Answerable);
    }

    // The first segment of a heading names its topic ("聚焦科技创新抓产业,发展动能更加强劲" → "聚焦科技创新抓产业");
    // interview credit lines ("——访…") name a person, not a topic.
    private static string? Topic(string section)
    {
        var first = Segment().Split(section).FirstOrDefault(s => s.Length > 0)?.Trim();
        return first is { Length: >= MinTopicLength and <= MaxTopicLength } && !first.StartsWith('—')
            ? first
            : null;
    }

    [GeneratedRegex(@"[,，\s]+")]
    private static partial Regex Segment();
}
