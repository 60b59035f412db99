using System.Globalization;
using System.Text;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>
/// Finds where our own tuning data (calibration questions, two-turn chats, synonym groups, intent utterances) leans
/// on the development set, which is for looking only: a figure tuned on data that shares its evidence or its wording
/// measures fit, not skill. Three rules, each stated so it can be argued with:
/// <list type="bullet">
/// <item>Evidence: a calibration evidence string and a dev evidence string share a run of at least
/// <see cref="MinSharedEvidenceChars"/> characters after NFKC and whitespace removal. Unrelated sentences of the seeds
/// share at most 7 (stock phrases such as 持续优化营商环境); twins share their whole clause.</item>
/// <item>Wording: the character-bigram Jaccard similarity of a calibration question or intent utterance and any dev
/// question reaches <see cref="MaxQuestionSimilarity"/> (letters and digits only, NFKC, lower case). At 0.4 and above,
/// pairs are rewordings of one question; below it they share an entity name or a question word.</item>
/// <item>Synonyms: a group one of whose members is in a dev question (but not in its evidence) and another in that
/// question's evidence (but not in the question): the group bridges exactly that question to its gold passage.</item>
/// </list>
/// </summary>
public static class DevSetOverlap
{
    /// <summary>Shortest shared run of characters that makes two evidence strings the same evidence.</summary>
    public const int MinSharedEvidenceChars = 8;

    /// <summary>Bigram Jaccard similarity from which two questions count as near-duplicates.</summary>
    public const double MaxQuestionSimilarity = 0.4;

    /// <summary>Checks the tuning data against the dev items.</summary>
    public static DevOverlapReport Check(
        IReadOnlyList<EvalItem> dev,
        IReadOnlyList<TuningQuestion> questions,
        IReadOnlyList<IReadOnlyList<string>> synonymGroups)
    {
        ArgumentNullException.ThrowIfNull(dev);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(synonymGroups);
        var findings = new List<string>();
        var devQuestions = dev.Select(d => (Item: d, Bigrams: Bigrams(d.Question))).ToList();
        var devEvidence = dev.Where(d => !string.IsNullOrEmpty(d.Evidence)).Select(d => (Item: d, Text: EvalSet.Normalize(d.Evidence!))).ToList();
        var similarity = new int[11];
        var shared = new SortedDictionary<int, int>();

        foreach (var question in questions)
        {
            var bigrams = Bigrams(question.Text);
            var (nearest, score) = devQuestions
                .Select(d => (d.Item, Score: Jaccard(bigrams, d.Bigrams)))
                .MaxBy(d => d.Score);
            similarity[(int)Math.Floor(score * 10)]++;
            if (score >= MaxQuestionSimilarity)
            {
                findings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"wording  {question.Origin}: “{question.Text}” ~ {nearest.Id} “{nearest.Question}” (Jaccard {score:F2})"));
            }

            if (string.IsNullOrEmpty(question.Evidence) || devEvidence.Count == 0)
            {
                continue;
            }

            var evidence = EvalSet.Normalize(question.Evidence);
            var (twin, run) = devEvidence.Select(d => (d.Item, Run: LongestSharedRun(evidence, d.Text))).MaxBy(d => d.Run);
            shared[run] = shared.GetValueOrDefault(run) + 1;
            if (run >= MinSharedEvidenceChars)
            {
                findings.Add(string.Create(CultureInfo.InvariantCulture,
                    $"evidence {question.Origin}: shares {run} characters with {twin.Id} “{twin.Evidence}”"));
            }
        }

        foreach (var group in synonymGroups)
        {
            foreach (var item in dev.Where(d => d.Kind == EvalItem.Answerable && !string.IsNullOrEmpty(d.Evidence)))
            {
                var asked = Fold(item.Question);
                var gold = Fold(item.Evidence!);
                var inQuestion = group.Where(w => asked.Contains(Fold(w), StringComparison.Ordinal) && !gold.Contains(Fold(w), StringComparison.Ordinal)).ToList();
                var inEvidence = group.Where(w => gold.Contains(Fold(w), StringComparison.Ordinal) && !asked.Contains(Fold(w), StringComparison.Ordinal)).ToList();
                if (inQuestion.Count > 0 && inEvidence.Count > 0)
                {
                    findings.Add($"synonyms [{string.Join(',', group)}]: bridge {item.Id} from {string.Join('/', inQuestion)} to {string.Join('/', inEvidence)}");
                }
            }
        }

        return new DevOverlapReport(questions.Count, findings, similarity, shared);
    }

    /// <summary>NFKC, lower case, letters and digits only: what the wording rule compares.</summary>
    public static string Fold(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC).ToLowerInvariant())
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>Jaccard similarity of the character-bigram sets of two texts (the character itself for one-character texts).</summary>
    public static double Similarity(string left, string right) => Jaccard(Bigrams(left), Bigrams(right));

    /// <summary>Length of the longest run of characters two texts share.</summary>
    public static int LongestSharedRun(string left, string right)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        var previous = new int[right.Length + 1];
        var current = new int[right.Length + 1];
        var best = 0;
        for (var i = 1; i <= left.Length; i++)
        {
            for (var j = 1; j <= right.Length; j++)
            {
                current[j] = left[i - 1] == right[j - 1] ? previous[j - 1] + 1 : 0;
                best = Math.Max(best, current[j]);
            }

            (previous, current) = (current, previous);
        }

        return best;
    }

    private static HashSet<string> Bigrams(string text)
    {
        var folded = Fold(text);
        var grams = new HashSet<string>(StringComparer.Ordinal);
        if (folded.Length == 1)
        {
            grams.Add(folded);
        }

        for (var i = 0; i + 1 < folded.Length; i++)
        {
            grams.Add(folded.Substring(i, 2));
        }

        return grams;
    }

    private static double Jaccard(HashSet<string> left, HashSet<string> right)
    {
        var union = left.Count + right.Count - left.Count(right.Contains);
        return union == 0 ? 0 : left.Count(right.Contains) / (double)union;
    }
}
