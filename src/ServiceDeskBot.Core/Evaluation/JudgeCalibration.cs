using System.Globalization;
using System.Text;
using Microsoft.ML;
using Microsoft.ML.Data;
using ServiceDeskBot.Core.Answering;

namespace ServiceDeskBot.Core.Evaluation;

/// <summary>
/// Learns the judge's logistic weights with ML.NET on calibration questions: an example is positive when the best
/// quote holds a gold answer from the gold source, negative when the question is unanswerable or the quote is wrong.
/// Questions the hard checks decline are left out of the fit (the weights never see them) but counted in the
/// threshold table. The curve and the table come from out-of-fold scores (each question scored by weights fitted
/// without it), so the bar is chosen from what the weights do on questions they did not see.
/// </summary>
public static class JudgeCalibration
{
    /// <summary>Folds of the cross-validation.</summary>
    public const int Folds = 5;

    private const float L2 = 0.1f;

    /// <summary>
    /// Fits the weights for quotes from structured documents (rows, articles, numbered sections) and keeps
    /// <paramref name="prose"/> for every other quote. The structured path's weights are fitted on all the weighed
    /// questions, prose included, with the <see cref="JudgeSignals.Structured"/> signal to tell them apart: fitted on the
    /// structured quotes alone (about 140 questions for eighteen weights) they overfit.
    /// </summary>
    public static (JudgeWeights Weights, string Report) FitStructured(
        EvidenceFinder finder, AnswerJudge judge, IReadOnlyList<EvalItem> items, JudgeWeights prose)
    {
        ArgumentNullException.ThrowIfNull(prose);
        var (structured, report) = Fit(finder, judge, items);
        return (prose with { Structured = structured with { Structured = null } }, "structured path (rows, articles, numbered sections; fitted on all):\n" + report);
    }

    public static (JudgeWeights Weights, string Report) Fit(
        EvidenceFinder finder, AnswerJudge judge, IReadOnlyList<EvalItem> items, Func<JudgeSignals, bool>? weighed = null)
    {
        ArgumentNullException.ThrowIfNull(finder);
        ArgumentNullException.ThrowIfNull(judge);
        ArgumentNullException.ThrowIfNull(items);
        var rows = new List<Example>();
        var hardDeclined = new Dictionary<string, (int Answerable, int Unanswerable)>(StringComparer.Ordinal);
        foreach (var item in items.Where(i => i.Kind is EvalItem.Answerable or EvalItem.Unanswerable))
        {
            var evidence = finder.Find(item.Question);
            var verdict = judge.Judge(evidence);
            if (verdict.Signals is null)
            {
                var code = verdict.Note.Code.ToString();
                var (a, u) = hardDeclined.GetValueOrDefault(code);
                hardDeclined[code] = item.Kind == EvalItem.Answerable ? (a + 1, u) : (a, u + 1);
                continue;
            }

            if (weighed is not null && !weighed(verdict.Signals))
            {
                continue;
            }

            var correct = item.Kind == EvalItem.Answerable && evidence.Best is { } best && best.Passage.Source == item.Source
                          && EvalSet.ContainsAnswer(best.Text, item.Answers);
            rows.Add(new Example { Label = correct, Features = verdict.Signals.ToArray(), Answerable = item.Kind == EvalItem.Answerable });
        }

        var ml = new MLContext(seed: 7);
        var weights = Train(ml, rows);
        var outOfFold = new double[rows.Count];
        for (var fold = 0; fold < Folds; fold++)
        {
            var held = Enumerable.Range(0, rows.Count).Where(i => i % Folds == fold).ToList();
            var foldWeights = Train(ml, rows.Where((_, i) => i % Folds != fold).ToList());
            foreach (var i in held)
            {
                outOfFold[i] = foldWeights.Score(JudgeSignals.FromArray(rows[i].Features));
            }
        }

        var totals = (
            Answerable: items.Count(i => i.Kind == EvalItem.Answerable),
            Unanswerable: items.Count(i => i.Kind == EvalItem.Unanswerable),
            HardDeclinedUnanswerable: hardDeclined.Values.Sum(v => v.Unanswerable));
        return (weights, Describe(weights, rows, outOfFold, hardDeclined, totals));
    }

    private static JudgeWeights Train(MLContext ml, List<Example> rows)
    {
        var data = ml.Data.LoadFromEnumerable(rows);
        var trainer = ml.BinaryClassification.Trainers.LbfgsLogisticRegression(
            new Microsoft.ML.Trainers.LbfgsLogisticRegressionBinaryTrainer.Options { L2Regularization = L2, L1Regularization = 0f });
        var linear = trainer.Fit(data).Model.SubModel;
        return new JudgeWeights(
            linear.Bias,
            JudgeSignals.Names.Select((n, i) => (n, (double)linear.Weights[i])).ToDictionary(p => p.n, p => Math.Round(p.Item2, 4), StringComparer.Ordinal));
    }

    private static string Describe(
        JudgeWeights weights,
        List<Example> rows,
        double[] outOfFold,
        Dictionary<string, (int Answerable, int Unanswerable)> hardDeclined,
        (int Answerable, int Unanswerable, int HardDeclinedUnanswerable) totals)
    {
        var text = new StringBuilder();
        text.AppendLine(CultureInfo.InvariantCulture, $"judge calibration over {rows.Count} weighed questions ({rows.Count(r => r.Label)} with a right quote)");
        foreach (var (code, (a, u)) in hardDeclined)
        {
            text.AppendLine(CultureInfo.InvariantCulture, $"  declined by {code} before weighing: {a} answerable, {u} unanswerable");
        }

        var learned = string.Join("  ", weights.Weights.Select(w => string.Create(CultureInfo.InvariantCulture, $"{w.Key} {w.Value:F3}")));
        text.AppendLine(CultureInfo.InvariantCulture, $"  bias {weights.Bias:F3}  {learned}");
        var scored = rows.Select((r, i) => (r, P: outOfFold[i])).ToList();
        text.AppendLine(CultureInfo.InvariantCulture, $"  calibration curve, {Folds}-fold out-of-fold scores (score bin: questions, share with a right quote)");
        for (var bin = 0; bin < 10; bin++)
        {
            var inBin = scored.Where(s => Math.Min(9, (int)(s.P * 10)) == bin).ToList();
            if (inBin.Count > 0)
            {
                text.AppendLine(CultureInfo.InvariantCulture, $"    {bin / 10.0:F1}-{(bin + 1) / 10.0:F1}: {inBin.Count,4}  {inBin.Count(s => s.r.Label) / (double)inBin.Count:F2}");
            }
        }

        text.AppendLine("  threshold (out-of-fold): right quotes answered, of all answerable: answered right, refused; of all unanswerable: declined");
        for (var t = 0.2; t <= 0.81; t += 0.025)
        {
            var rightAnswered = scored.Count(s => s.r.Label && s.P >= t);
            var answeredRight = rightAnswered / (double)Math.Max(1, scored.Count(s => s.r.Label));
            var refused = (totals.Answerable - scored.Count(s => s.r.Answerable && s.P >= t)) / (double)Math.Max(1, totals.Answerable);
            var declined = (totals.HardDeclinedUnanswerable + scored.Count(s => !s.r.Answerable && s.P < t)) / (double)Math.Max(1, totals.Unanswerable);
            text.AppendLine(CultureInfo.InvariantCulture,
                $"    {t:F3}: {answeredRight:F3}  {rightAnswered / (double)Math.Max(1, totals.Answerable):F3}  {refused:F3}  {declined:F3}");
        }

        return text.ToString();
    }

    private sealed class Example
    {
        public bool Label { get; set; }

        [VectorType(JudgeSignals.Count)]
        public float[] Features { get; set; } = [];

        [NoColumn]
        public bool Answerable { get; set; }
    }
}
