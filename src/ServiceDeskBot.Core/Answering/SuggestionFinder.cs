using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Retrieval;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Follow-up questions the corpus can answer, the ones a citizen would ask next: the other figures of the passage just
/// quoted and of its neighbours ("新增省级孵化器1家、市级研发平台12家" → "中原区新增市级研发平台多少家？"), then the topics
/// of related headings. Each is kept only when the judge says the corpus answers it, so a suggestion never leads into
/// a refusal. Verdicts are cached per index generation: a re-index may change them.
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
        var figures = current.Best is { } best
            ? current.Hits.Select(h => h.Passage).Where(p => p.Source == best.Passage.Source).Take(3)
                .SelectMany(p => FigureQuestions(p, best.Text))
            : [];
        var topics = current.Hits
            .Select(h => h.Passage.Section)
            .Where(s => s.Length > 0 && s != answeredSection)
            .Select(Topic)
            .OfType<string>()
            .Distinct(StringComparer.Ordinal)
            .Select(t => t + "有哪些具体做法？");
        return KeepAnswerable(figures.Concat(topics).Concat(options.Value.QuickQuestions).Distinct(StringComparer.Ordinal));
    }

    // A clause stating a count or an amount ("新认定郑州市高层次人才10名") asked back as a question about its figure,
    // for the passage's place; the clause just quoted is the answer already given.
    private IEnumerable<string> FigureQuestions(Ingestion.Passage passage, string answered)
    {
        var place = retriever.Index?.PlacesOf(passage.Id) is [var first, ..] ? first : "";
        foreach (Match clause in FigureClause().Matches(passage.Text))
        {
            var subject = clause.Groups["subject"].Value.TrimStart('等', '和', '及');
            if (answered.Contains(clause.Value, StringComparison.Ordinal) || subject.Length < MinTopicLength)
            {
                continue;
            }

            var asked = subject.StartsWith(place, StringComparison.Ordinal) ? subject : place + subject;
            yield return $"{asked}{(clause.Groups["unit"].Value.EndsWith('元') ? "多少" : "多少" + clause.Groups["unit"].Value)}？";
        }
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

    [GeneratedRegex(@"(?<=^|[,，;；、。])(?<subject>[\p{IsCJKUnifiedIdeographs}]{3,14}?)(?<figure>\d+(\.\d+)?)(?<unit>个|家|名|所|项|条|亿元|万元)(?=[,，;；、。]|$)")]
    private static partial Regex FigureClause();
}
