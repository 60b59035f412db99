using System.Text;
using Microsoft.Extensions.Options;
using ServiceDeskBot.Core.Answering.Turn;
using ServiceDeskBot.Core.Retrieval;
using ServiceDeskBot.Core.Storage;

namespace ServiceDeskBot.Core.Answering;

/// <summary>
/// Decides from the evidence whether the corpus answers a question. Refusal is the default. Disagreements that make
/// a quote wrong whatever its wording (another place, a number or level of government the passage does not name, no
/// time, date, amount, phone or address when one is asked) decline outright; the rest is weighed by a logistic model
/// over several signals, learned on our calibration questions (see <c>docs/judge.md</c>).
/// </summary>
public sealed class AnswerJudge(IOptions<AnsweringOptions> options, DataPaths paths, WordSegmenter words, PassageRetriever retriever)
{
    private readonly Lazy<JudgeWeights> _weights = new(() => JudgeWeights.Load(paths.InSeeds(options.Value.JudgeWeightsFile)));

    public JudgeWeights Weights => _weights.Value;

    public Verdict Judge(Evidence evidence, bool llmAvailable = false)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        if (evidence.Best is not { } best)
        {
            return Decline(DecisionCode.NoPassage);
        }

        if (!evidence.PlacesAgree)
        {
            return Decline(DecisionCode.PlaceMismatch, string.Join('/', evidence.Question.Places));
        }

        if (!evidence.NumbersAgree)
        {
            return Decline(DecisionCode.NumberMismatch);
        }

        if (!evidence.ScopeAgrees)
        {
            return Decline(DecisionCode.ScopeMismatch, evidence.Question.Scope ?? "");
        }

        if (!evidence.KindPresent && IsHardKind(evidence.Kind))
        {
            return Decline(DecisionCode.KindMissing, AnswerKinds.Describe(evidence.Kind));
        }

        var signals = Signals(evidence, best);
        var score = Weights.Score(signals);
        var settings = options.Value;
        var detail = $"{DecisionText.Score(score)}（门槛 {DecisionText.Score(settings.JudgeThreshold)}，覆盖 {DecisionText.Score(signals.Coverage)}，词 {DecisionText.Score(signals.WordCoverage)}）";
        if (llmAvailable && Math.Abs(score - settings.JudgeThreshold) < settings.UnsureMargin)
        {
            return new Verdict(JudgeDecision.Unsure, score, signals, new DecisionNote(DecisionCode.Unsure, detail));
        }

        return score >= settings.JudgeThreshold
            ? new Verdict(JudgeDecision.Answer, score, signals, new DecisionNote(DecisionCode.Answerable, detail))
            : new Verdict(JudgeDecision.Decline, score, signals, new DecisionNote(DecisionCode.LowScore, detail));
    }

    /// <summary>The signals of the best quote, for the judge and for calibration.</summary>
    public JudgeSignals Signals(Evidence evidence, Quote best)
    {
        ArgumentNullException.ThrowIfNull(evidence);
        ArgumentNullException.ThrowIfNull(best);
        var places = string.Join(' ', retriever.Index?.PlacesOf(best.Passage.Id) ?? []);
        var quoted = Fold(best.Passage.Title + " " + best.Passage.Section + " " + places + " " + best.Text);
        var terms = evidence.Search.TermWeights;
        // The key noun: the words the question asks about, else its rarest term.
        IReadOnlyList<string> key = evidence.Question.Focus.Count > 0 ? evidence.Question.Focus : terms.Count > 0 ? [terms.MaxBy(t => t.Weight).Term] : [];
        var questionWords = words.ContentWords(evidence.Question.Terms.Normalized);
        var wordCoverage = questionWords.Count == 0 ? 0 : questionWords.Count(w => quoted.Contains(w, StringComparison.Ordinal)) / (double)questionWords.Count;
        var hits = evidence.Hits;
        var margin = hits.Count < 2 || hits[1].Score <= 0 ? 1 : Math.Clamp((hits[0].Score / hits[1].Score) - 1, 0, 1);
        return new JudgeSignals(
            best.Coverage,
            wordCoverage,
            key.Count > 0 && key.All(k => quoted.Contains(k, StringComparison.Ordinal)) ? 1 : 0,
            margin,
            evidence.KindPresent ? 1 : 0,
            evidence.Kind == AnswerKind.Any ? 0 : 1,
            best.Rank == 1 ? 1 : 0,
            Math.Clamp((questionWords.Count - 1) / 3.0, 0, 1));
    }

    // A time, date, amount, phone number or address is the fact a citizen acts on: a quote without one does not
    // answer, however well it matches. Counts, procedures and eligibility are often stated in other words.
    private static bool IsHardKind(AnswerKind kind) =>
        kind is AnswerKind.TimeOfDay or AnswerKind.Date or AnswerKind.Money or AnswerKind.Phone or AnswerKind.Address;

    private static Verdict Decline(DecisionCode code, string detail = "") => new(JudgeDecision.Decline, 0, null, new DecisionNote(code, detail));

    private static string Fold(string text) => text.Normalize(NormalizationForm.FormKC).ToLowerInvariant();
}
